package jp.tsunagu.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Supplier;

/** Switching the language for the rest of the session. */
public final class Languages {

    static final String SESSION_KEY = Languages.class.getName() + ".locale";

    private Languages() {}

    /** The other language than the current one: what a toggle offers. */
    public static Locale other(Locale current) {
        return TsunaguI18NProvider.ENGLISH.getLanguage().equals(current.getLanguage())
                ? TsunaguI18NProvider.JAPANESE
                : TsunaguI18NProvider.ENGLISH;
    }

    /**
     * Opens the session in the person's own language (their profile's), unless a language was already chosen in it.
     * Returns the session's language.
     */
    public static Locale startIn(VaadinSession session, Supplier<Locale> preferred) {
        Object chosen = session.getAttribute(SESSION_KEY);
        if (chosen instanceof Locale locale) {
            return locale;
        }
        Locale locale = preferred.get();
        session.setAttribute(SESSION_KEY, locale);
        return locale;
    }

    public static void switchTo(UI ui, Locale locale) {
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, locale);
        ui.setLocale(locale);
        // Every view rebuilds its labels on navigation; a reload is the one place they all refresh.
        ui.getPage().reload();
    }
}
