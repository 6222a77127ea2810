package jp.tsunagu.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import jp.tsunagu.base.TsunaguProperties;
import jp.tsunagu.base.i18n.Languages;

/** The login page; the only page an anonymous visitor may see. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    private final long lockMinutes;

    LoginView(TsunaguProperties props) {
        Duration lockDuration = props.login().lockDuration();
        this.lockMinutes = Math.max(1, lockDuration.toMinutes());
        addClassName("login-view");
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        H1 brand = new H1(new Span(getTranslation("app.name")), new Span(getTranslation("app.tagline")));
        brand.addClassName("login-brand");
        Paragraph hint = new Paragraph(getTranslation("login.hint"));
        hint.addClassName("login-hint");

        Button language = new Button(
                getTranslation("language.switch"),
                e -> Languages.switchTo(getUI().orElseThrow(), Languages.other(getLocale())));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");
        // Its word is in the other language, and read in that language's voice.
        language.getElement().setAttribute("lang", Languages.other(getLocale()).getLanguage());

        add(brand, login, hint, new Div(language));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = i18n();
        if (parameters.containsKey("error")) {
            // The same words whatever went wrong; they mention the lock so a locked person knows what to do.
            i18n.getErrorMessage().setMessage(getTranslation("login.error.message", lockMinutes));
        } else if (parameters.containsKey("expired")) {
            i18n.getErrorMessage().setTitle(getTranslation("login.expired.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.expired.message"));
        }
        login.setI18n(i18n);
        login.setError(parameters.containsKey("error") || parameters.containsKey("expired"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
