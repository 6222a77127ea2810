package jp.tsunagu.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The two kinds of notice the screens give: done, and refused with the reason. */
public final class Notifications {

    private Notifications() {}

    public static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR, 6000);
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        Notification n = Notification.show(text, millis, Notification.Position.TOP_CENTER);
        n.addThemeVariants(variant);
        n.addClassName("app-notification");
    }
}
