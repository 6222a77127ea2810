package jp.tsunagu.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import jp.tsunagu.base.ui.NavbarWidget;
import jp.tsunagu.notification.NotificationService;

/** The bell in the top bar: how many notices are unread; a click opens the list. */
@org.springframework.stereotype.Component
class NoticeBell implements NavbarWidget {

    private final NotificationService notifications;

    NoticeBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Component create() {
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        bell.addClassName("bell");
        bell.setId("notice-bell");
        long unread = notifications.unreadCount();
        bell.setAriaLabel(bell.getTranslation("notice.bell", unread));
        bell.setTooltipText(bell.getTranslation("notice.bell", unread));
        if (unread > 0) {
            Span count = new Span(unread > 99 ? "99+" : String.valueOf(unread));
            count.addClassName("bell-count");
            bell.getElement().appendChild(count.getElement());
        }
        bell.addClickListener(e -> bell.getUI().ifPresent(ui -> ui.navigate(NoticesView.class)));
        return bell;
    }
}
