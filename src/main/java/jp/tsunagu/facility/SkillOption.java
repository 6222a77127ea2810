package jp.tsunagu.facility;

import java.util.Locale;
import jp.tsunagu.deal.WorkCategory;

/** A skill as a choice on a form or a column in a list. */
public record SkillOption(long id, String code, String nameJa, String nameEn, WorkCategory category) {

    public String name(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameJa;
    }
}
