package jp.tsunagu.delivery;

import java.util.Locale;

/** A kind of error as forms and the error-rate sheet show it. */
public record ErrorTypeOption(String code, String labelJa, String labelEn, int sortOrder, boolean active) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelJa;
    }
}
