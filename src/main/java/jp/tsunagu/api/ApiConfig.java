package jp.tsunagu.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The API's description, and its language: Japanese unless the client asks for English (validation messages too). */
@Configuration(proxyBeanMethods = false)
class ApiConfig {

    @Bean
    OpenAPI tsunaguOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Tsunagu API")
                        .version("1")
                        .description("KPIs, deals, customers and facilities. HTTP Basic with the app's users; each "
                                + "operation allows the same roles as the screens. Errors are RFC 9457 problems {status, title, detail, "
                                + "errors}; messages are Japanese unless Accept-Language asks for English."))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.JAPAN, Locale.JAPANESE, Locale.ENGLISH));
        resolver.setDefaultLocale(Locale.JAPAN);
        return resolver;
    }
}
