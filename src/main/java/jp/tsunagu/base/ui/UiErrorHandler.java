package jp.tsunagu.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import jp.tsunagu.base.DatabaseTrouble;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.i18n.TsunaguI18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The last line: any exception from a click or a field ends as a notice in the person's language, never a
 * stack trace. Refusals the services meant ({@link UserFacingException}) say why; the rest are logged.
 */
@Component
class UiErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(new Handler()));
    }

    static String messageKeyFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException) {
                return null;
            }
            if (t instanceof ConcurrencyFailureException) {
                return "deal.changed";
            }
            if (t instanceof AccessDeniedException) {
                return "error.forbidden";
            }
        }
        String database = DatabaseTrouble.messageKey(error);
        return database != null ? database : "error.unexpected";
    }

    private static final class Handler implements ErrorHandler {
        @Override
        public void error(ErrorEvent event) {
            Throwable error = event.getThrowable();
            UI ui = UI.getCurrent();
            String text;
            UserFacingException refusal = find(error);
            if (refusal != null) {
                text = TsunaguI18NProvider.translate(refusal.messageKey(), locale(ui), refusal.params());
            } else {
                log.error("Unexpected error in the UI", error);
                text = TsunaguI18NProvider.translate(messageKeyFor(error), locale(ui));
            }
            if (ui != null) {
                ui.access(() -> Notifications.error(text));
            }
        }

        private static Locale locale(UI ui) {
            return ui == null ? TsunaguI18NProvider.JAPANESE : ui.getLocale();
        }

        private static UserFacingException find(Throwable error) {
            for (Throwable t = error; t != null; t = t.getCause()) {
                if (t instanceof UserFacingException u) {
                    return u;
                }
            }
            return null;
        }
    }
}
