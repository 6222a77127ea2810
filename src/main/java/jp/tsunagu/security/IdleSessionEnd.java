package jp.tsunagu.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the idle timeout end the login, not only the screen. With {@code vaadin.closeIdleSessions} Vaadin closes a
 * tab that has sent nothing but heartbeats for the session timeout, but those heartbeats have kept the HTTP session
 * (and with it the login) alive, so a reload would land back in the app without a password. When Vaadin ends its
 * session, the HTTP session goes with it.
 */
@Component
class IdleSessionEnd implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(IdleSessionEnd.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(e -> {
            WrappedSession http = e.getSession().getSession();
            if (http == null) {
                return;
            }
            String id = http.getId();
            try {
                http.invalidate();
                log.debug("Ended the HTTP session {} with its Vaadin session", id);
            } catch (IllegalStateException alreadyEnded) {
                // Logout or the container's own timeout got there first.
            }
        });
    }
}
