package jp.tsunagu.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jp.tsunagu.base.i18n.Languages;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** After login the screens speak the language the person chose on their profile (until they switch in the menu). */
@Component
class PreferredLanguage implements VaadinServiceInitListener {

    private final UserDirectory users;

    PreferredLanguage(UserDirectory users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null
                    || !auth.isAuthenticated()
                    || "anonymousUser".equals(auth.getName())
                    || e.getUI().getSession() == null) {
                return;
            }
            e.getUI()
                    .setLocale(Languages.startIn(
                            e.getUI().getSession(),
                            () -> "en".equals(users.languageOf(auth.getName()))
                                    ? TsunaguI18NProvider.ENGLISH
                                    : TsunaguI18NProvider.JAPANESE));
        });
    }
}
