package jp.tsunagu.deal;

import java.util.Locale;

/** A lost reason as a choice on a form and a label in a list. */
public record LostReasonOption(String code, String labelJa, String labelEn, boolean needsNote, boolean active) {

    /** The codes the list starts with; the admin may add more. */
    public static final String PRICE = "PRICE";

    public static final String CAPACITY = "CAPACITY";
    public static final String QUALITY = "QUALITY";
    public static final String COMPETITOR = "COMPETITOR";
    public static final String OTHER = "OTHER";

    public String label(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? labelEn : labelJa;
    }
}
