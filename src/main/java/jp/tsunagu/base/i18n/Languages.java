package jp.tsunagu.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import java.util.Locale;

/** Switching the language for the rest of the session. */
public final class Languages {

    static final String SESSION_KEY = Languages.class.getName() + ".locale";

    private Languages() {
    }

    /** The other language than the current one: what a toggle offers. */
    public static Locale other(Locale current) {
        return TsunaguI18NProvider.ENGLISH.getLanguage().equals(current.getLanguage())
                ? TsunaguI18NProvider.JAPANESE : TsunaguI18NProvider.ENGLISH;
    }

    public static void switchTo(UI ui, Locale locale) {
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, locale);
        ui.setLocale(locale);
        // Every view rebuilds its labels on navigation; a reload is the one place they all refresh.
        ui.getPage().reload();
    }
}
