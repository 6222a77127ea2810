package jp.tsunagu.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.notification.DeliveryRow;
import jp.tsunagu.notification.NoticeChannel;
import jp.tsunagu.notification.NoticeChannels;
import jp.tsunagu.notification.NoticeDeliveries;
import jp.tsunagu.security.AppRoles;
import jp.tsunagu.security.FacilityNames;

/**
 * For admins: the organisations' shared chat channels (the company's, the intermediary's, each facility's), and the
 * notices that could not be delivered after every retry, to send again once the cause is fixed.
 */
@Route("admin/notices")
@Menu(order = 96, icon = "vaadin:envelopes-o", title = "nav.noticeDeliveries")
@RolesAllowed(AppRoles.ADMIN)
class NoticeDeliveriesView extends VerticalLayout implements HasDynamicTitle {

    private final transient NoticeChannels channels;
    private final transient NoticeDeliveries deliveries;
    private final Map<String, String> organisations = new LinkedHashMap<>();
    private final Div shared = new Div();
    final Grid<DeliveryRow> failed = new Grid<>();
    private final Paragraph waiting = new Paragraph();

    NoticeDeliveriesView(NoticeChannels channels, NoticeDeliveries deliveries, FacilityNames facilities) {
        this.channels = channels;
        this.deliveries = deliveries;
        organisations.put("COMPANY", getTranslation("org.COMPANY"));
        organisations.put(AppRoles.INTERMEDIARY, getTranslation("org.INTERMEDIARY"));
        facilities.all().forEach(f -> organisations.put(AppRoles.facilityGroup(f.id()), f.name()));
        setMaxWidth("1200px");
        add(
                new H2(getTranslation("nav.noticeDeliveries")),
                new H3(getTranslation("deliveries.shared")),
                new Paragraph(getTranslation("deliveries.shared.help")));
        shared.addClassName("channel-list");
        add(shared, sharedForm());
        add(new H3(getTranslation("deliveries.failed")), waiting);
        failed.setId("failed-deliveries");
        failed.addColumn(r -> Formats.dateTime(r.createdAt()))
                .setHeader(getTranslation("deliveries.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        failed.addColumn(DeliveryRow::recipient)
                .setHeader(getTranslation("deliveries.recipient"))
                .setAutoWidth(true);
        failed.addColumn(r -> getTranslation("channel.kind." + r.channel()))
                .setHeader(getTranslation("deliveries.channel"))
                .setAutoWidth(true);
        failed.addColumn(DeliveryRow::subject)
                .setHeader(getTranslation("deliveries.subject"))
                .setFlexGrow(1);
        failed.addColumn(DeliveryRow::lastError)
                .setHeader(getTranslation("deliveries.error"))
                .setFlexGrow(1);
        failed.addComponentColumn(r -> {
                    Button retry = new Button(getTranslation("deliveries.retry"), e -> {
                        try {
                            deliveries.retry(r.id());
                            Notifications.success(getTranslation("deliveries.retried"));
                        } catch (UserFacingException refusal) {
                            Notifications.error(getTranslation(refusal.messageKey(), refusal.params()));
                        }
                        refresh();
                    });
                    retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return retry;
                })
                .setHeader(getTranslation("deliveries.action"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        failed.setEmptyStateText(getTranslation("deliveries.none"));
        failed.setAllRowsVisible(true);
        add(failed);
        refresh();
    }

    private void refresh() {
        shared.removeAll();
        List<NoticeChannel> all = channels.shared();
        if (all.isEmpty()) {
            shared.add(new Paragraph(getTranslation("noticeSettings.channels.none")));
        }
        for (NoticeChannel c : all) {
            Div row = new Div();
            row.addClassName("channel-row");
            row.add(
                    new Span(organisations.getOrDefault(
                                    c.owner().substring(4), c.owner().substring(4))
                            + "：" + getTranslation("channel.kind." + c.kind()) + "：" + c.label()),
                    new Span(NoticeSettingsView.host(c.url())));
            Button test = new Button(getTranslation("noticeSettings.channel.test"), e -> {
                channels.test(c.id());
                Notifications.success(getTranslation("noticeSettings.channel.tested", c.label()));
            });
            Button remove = new Button(getTranslation("noticeSettings.channel.remove"), e -> {
                channels.remove(c.id());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            row.add(test, remove);
            shared.add(row);
        }
        failed.setItems(new ArrayList<>(deliveries.failed(200)));
        NoticeDeliveries.Waiting w = deliveries.waiting();
        waiting.setText(getTranslation("deliveries.waiting", w.pending(), w.retrying()));
    }

    private FormLayout sharedForm() {
        Select<String> organisation = new Select<>();
        organisation.setLabel(getTranslation("deliveries.organisation"));
        organisation.setItems(organisations.keySet());
        organisation.setItemLabelGenerator(organisations::get);
        return new ChannelFormLayout(
                Map.of("organisation", organisation),
                form -> channels.addShared(organisation.getValue(), form),
                this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.noticeDeliveries");
    }
}
