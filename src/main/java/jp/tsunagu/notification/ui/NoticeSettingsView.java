package jp.tsunagu.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import jp.tsunagu.base.UserFacingException;
import jp.tsunagu.base.ui.Formats;
import jp.tsunagu.base.ui.Notifications;
import jp.tsunagu.notification.CalendarFeeds;
import jp.tsunagu.notification.Delivery;
import jp.tsunagu.notification.NoticeChannel;
import jp.tsunagu.notification.NoticeChannels;
import jp.tsunagu.notification.NoticePreferences;
import jp.tsunagu.security.AppRoles;

/**
 * How notices reach the person: for each kind, at once (mail and chat), in the morning digest, or in the app only;
 * the digest's time; their own chat channels (with a test message); and their private calendar feed's URL.
 */
@Route("notifications/settings")
@RolesAllowed({AppRoles.DIRECTOR, AppRoles.INTERMEDIARY, AppRoles.SUPERVISOR, AppRoles.ADMIN, AppRoles.FACILITY})
class NoticeSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient NoticePreferences preferences;
    private final transient NoticeChannels channels;
    private final transient CalendarFeeds feeds;
    private final Div channelList = new Div();
    private final Div feedArea = new Div();

    NoticeSettingsView(NoticePreferences preferences, NoticeChannels channels, CalendarFeeds feeds) {
        this.preferences = preferences;
        this.channels = channels;
        this.feeds = feeds;
        addClassName("notice-settings");
        setMaxWidth("960px");
        add(new H2(getTranslation("noticeSettings.title")), new Paragraph(getTranslation("noticeSettings.intro")));
        add(new H3(getTranslation("noticeSettings.kinds")), kinds(), digestTime());
        add(
                new H3(getTranslation("noticeSettings.channels")),
                new Paragraph(getTranslation("noticeSettings.channels.help")));
        channelList.addClassName("channel-list");
        add(channelList, channelForm());
        add(
                new H3(getTranslation("noticeSettings.feed")),
                new Paragraph(getTranslation("noticeSettings.feed.help")),
                feedArea);
        feedArea.addClassName("feed-area");
        fillChannels();
        fillFeed(null);
    }

    private Div kinds() {
        Div rows = new Div();
        rows.addClassName("notice-kinds");
        for (Map.Entry<String, Delivery> entry : preferences.mine().entrySet()) {
            RadioButtonGroup<Delivery> choice = new RadioButtonGroup<>(getTranslation("noticeKind." + entry.getKey()));
            choice.addClassName("notice-kind");
            choice.getElement().setAttribute("data-kind", entry.getKey());
            choice.setItems(Delivery.values());
            choice.setItemLabelGenerator(d -> getTranslation("delivery." + d));
            choice.setValue(entry.getValue());
            choice.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
            choice.addValueChangeListener(e -> {
                if (!e.isFromClient() || e.getValue() == null) {
                    return;
                }
                try {
                    preferences.set(entry.getKey(), e.getValue());
                    Notifications.success(getTranslation("noticeSettings.saved"));
                } catch (UserFacingException refusal) {
                    choice.setErrorMessage(getTranslation(refusal.messageKey(), refusal.params()));
                    choice.setInvalid(true);
                }
            });
            rows.add(choice);
        }
        return rows;
    }

    private TimePicker digestTime() {
        TimePicker time = new TimePicker(getTranslation("noticeSettings.digestTime"));
        time.setId("digest-time");
        time.setStep(Duration.ofMinutes(15));
        time.setMin(LocalTime.of(6, 0));
        time.setMax(LocalTime.of(20, 0));
        time.setLocale(getLocale());
        time.setValue(preferences.digestTime());
        time.setHelperText(getTranslation("noticeSettings.digestTime.help"));
        time.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            time.setInvalid(false);
            try {
                preferences.setDigestTime(e.getValue());
                Notifications.success(getTranslation("noticeSettings.saved"));
            } catch (UserFacingException refusal) {
                time.setErrorMessage(getTranslation(refusal.messageKey(), refusal.params()));
                time.setInvalid(true);
            }
        });
        return time;
    }

    private void fillChannels() {
        channelList.removeAll();
        var mine = channels.mine();
        if (mine.isEmpty()) {
            channelList.add(new Paragraph(getTranslation("noticeSettings.channels.none")));
        }
        for (NoticeChannel c : mine) {
            channelList.add(channelRow(c, () -> channels.test(c.id()), () -> {
                channels.remove(c.id());
                fillChannels();
            }));
        }
    }

    /** One channel with its service, name and host, and buttons to test it and remove it. */
    Div channelRow(NoticeChannel c, Runnable test, Runnable remove) {
        Div row = new Div();
        row.addClassName("channel-row");
        Span what = new Span(getTranslation("channel.kind." + c.kind()) + "：" + c.label());
        what.addClassName("channel-label");
        Span where = new Span(host(c.url()));
        where.addClassName("channel-host");
        Button send = new Button(getTranslation("noticeSettings.channel.test"), e -> {
            test.run();
            Notifications.success(getTranslation("noticeSettings.channel.tested", c.label()));
        });
        send.addClassName("channel-test");
        Button delete = new Button(getTranslation("noticeSettings.channel.remove"), e -> remove.run());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClassName("channel-remove");
        row.add(what, where, send, delete);
        return row;
    }

    static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private FormLayout channelForm() {
        return new ChannelFormLayout(Map.of(), form -> channels.addMine(form), this::fillChannels);
    }

    private void fillFeed(String freshUrl) {
        feedArea.removeAll();
        var issued = feeds.issuedAt();
        if (freshUrl != null) {
            TextField shown = new TextField(getTranslation("noticeSettings.feed.url"));
            shown.setId("feed-url");
            shown.setValue(freshUrl);
            shown.setReadOnly(true);
            shown.setWidthFull();
            shown.setHelperText(getTranslation("noticeSettings.feed.once"));
            feedArea.add(shown);
        } else if (issued.isPresent()) {
            feedArea.add(new Paragraph(getTranslation("noticeSettings.feed.issued", Formats.dateTime(issued.get()))));
        }
        Button issue = new Button(
                getTranslation(issued.isPresent() ? "noticeSettings.feed.renew" : "noticeSettings.feed.issue"),
                e -> fillFeed(feeds.issue()));
        issue.setId("feed-issue");
        feedArea.add(issue);
        if (issued.isPresent()) {
            Button stop = new Button(getTranslation("noticeSettings.feed.stop"), e -> {
                feeds.revoke();
                Notifications.success(getTranslation("noticeSettings.feed.stopped"));
                fillFeed(null);
            });
            stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            stop.setId("feed-stop");
            feedArea.add(stop);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("noticeSettings.title");
    }
}
