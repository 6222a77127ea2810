package jp.tsunagu.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import jp.tsunagu.base.ui.AccessibilityPatches;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in Japanese unless the person chose English in this session: the staff's browsers
 * may say English while the office works in Japanese.
 */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            Locale locale = sessionLocale(e.getUI().getSession());
            e.getUI().setLocale(locale);
            AccessibilityPatches.install(e.getUI(), locale);
        });
    }

    static Locale sessionLocale(VaadinSession session) {
        Object chosen = session == null ? null : session.getAttribute(Languages.SESSION_KEY);
        return chosen instanceof Locale locale ? locale : TsunaguI18NProvider.JAPANESE;
    }
}
