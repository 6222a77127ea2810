package jp.tsunagu.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Japanese first, English second. Messages live in {@code messages_ja.properties} and
 * {@code messages_en.properties}; a test keeps the two bundles in step.
 */
@Component
public class TsunaguI18NProvider implements I18NProvider {

    public static final Locale JAPANESE = Locale.JAPAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "messages";

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
        try {
            String pattern =
                    ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation for '{}' in {}", key, effective);
            return key;
        }
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
