package jp.tsunagu.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Japanese first, English second. Messages live in one bundle per feature under {@code i18n/}
 * ({@code i18n/deal_ja.properties}, {@code i18n/deal_en.properties}, …); a test keeps the languages in step
 * and each key in one bundle.
 */
@Component
public class TsunaguI18NProvider implements I18NProvider {

    public static final Locale JAPANESE = Locale.JAPAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The bundles under {@code i18n/}, by feature; a key lives in exactly one of them. */
    static final List<String> BUNDLES = List.of(
            "base",
            "security",
            "audit",
            "pipeline",
            "deal",
            "sla",
            "facility",
            "assignment",
            "customer",
            "requirements",
            "trial",
            "delivery",
            "kpi",
            "documents",
            "notification",
            "tier",
            "processmap");

    private static final Logger log = LoggerFactory.getLogger(TsunaguI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(JAPANESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    /** For code outside a UI (services composing a message, e-mails): same bundles, same fallbacks. */
    public static String translate(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale effective =
                ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? ENGLISH : JAPANESE;
        for (String name : BUNDLES) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n." + name, effective, NO_FALLBACK);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
            }
        }
        log.warn("Missing translation for '{}' in {}", key, effective);
        return key;
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
