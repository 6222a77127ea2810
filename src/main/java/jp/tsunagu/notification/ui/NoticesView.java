package jp.tsunagu.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.tsunagu.base.ui.Badges;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Narrow;
import jp.tsunagu.notification.NoticeItem;
import jp.tsunagu.notification.NotificationService;
import jp.tsunagu.security.AppRoles;

/** The person's notices, newest first: SLA warnings and breaches, with a link to the deal. */
@Route("notifications")
@Menu(order = 80, icon = "vaadin:bell", title = "nav.notices")
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.FACILITY})
class NoticesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<NoticeItem> grid = new Grid<>();

    NoticesView(NotificationService notifications) {
        setSizeFull();
        Button markRead = new Button(getTranslation("notice.markAllRead"), e -> {
            notifications.markAllRead();
            grid.getDataProvider().refreshAll();
        });
        markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markRead.setId("mark-all-read");

        grid.setId("notice-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var unread = grid.addComponentColumn(
                        n -> n.unread() ? Badges.of(getTranslation("notice.unread"), "sla-warn") : new Span())
                .setHeader(getTranslation("notice.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        var at = grid.addColumn(n -> Formats.dateTime(n.createdAt()))
                .setHeader(getTranslation("notice.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        var text = grid.addColumn(NoticeItem::text)
                .setHeader(getTranslation("notice.text"))
                .setFlexGrow(1);
        // On a phone one column: the time (and 未読) above the whole text.
        Grid.Column<NoticeItem> card = grid.addComponentColumn(n -> {
                    Div cell = new Div();
                    cell.addClassName("notice-card");
                    Span when = new Span(Formats.dateTime(n.createdAt()));
                    when.addClassName("notice-card-at");
                    if (n.unread()) {
                        cell.add(Badges.of(getTranslation("notice.unread"), "sla-warn"), new Span(" "));
                    }
                    Div body = new Div(n.text());
                    body.addClassName("notice-card-text");
                    cell.add(when, body);
                    return cell;
                })
                .setHeader(getTranslation("notice.text"))
                .setFlexGrow(1);
        card.setVisible(false);
        Narrow.track(this, narrow -> {
            unread.setVisible(!narrow);
            at.setVisible(!narrow);
            text.setVisible(!narrow);
            card.setVisible(narrow);
        });
        grid.setItems(
                q -> notifications.page(q.getOffset(), q.getLimit(), getLocale()).stream(), q -> notifications.count());
        grid.setEmptyStateText(getTranslation("notice.empty"));
        grid.addItemClickListener(e -> {
            if (e.getItem().link() != null && e.getItem().link().startsWith("/")) {
                getUI().ifPresent(ui -> ui.navigate(e.getItem().link().substring(1)));
            } else if (e.getItem().dealId() != null) {
                getUI().ifPresent(ui -> ui.navigate("deals/" + e.getItem().dealId()));
            }
        });
        Anchor settings = new Anchor("notifications/settings", getTranslation("noticeSettings.title"));
        settings.setId("notice-settings");
        HorizontalLayout bar = new HorizontalLayout(markRead, settings);
        bar.setAlignItems(Alignment.CENTER);
        add(bar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notices");
    }
}
