package jp.tsunagu.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.tsunagu.notification.CalendarFeeds;
import jp.tsunagu.notification.ChannelForm;
import jp.tsunagu.notification.Delivery;
import jp.tsunagu.notification.DeliveryRow;
import jp.tsunagu.notification.NoticeChannel;
import jp.tsunagu.notification.NoticeChannels;
import jp.tsunagu.notification.NoticeDeliveries;
import jp.tsunagu.notification.NoticeItem;
import jp.tsunagu.notification.NoticePreferences;
import jp.tsunagu.notification.NotificationService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notices: the caller's own (newest first), how they want each kind, their chat channels and calendar feed; for
 * admins, the organisations' shared channels and the messages that could not be delivered.
 */
@RestController
@Tag(name = "Notices")
class NoticeApi {

    private final NotificationService notifications;
    private final NoticePreferences preferences;
    private final NoticeChannels channels;
    private final NoticeDeliveries deliveries;
    private final CalendarFeeds feeds;

    NoticeApi(
            NotificationService notifications,
            NoticePreferences preferences,
            NoticeChannels channels,
            NoticeDeliveries deliveries,
            CalendarFeeds feeds) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.channels = channels;
        this.deliveries = deliveries;
        this.feeds = feeds;
    }

    record Choice(Delivery delivery) {}

    record DigestTime(LocalTime time) {}

    record Shared(String organisation, ChannelForm channel) {}

    record FeedUrl(String url) {}

    @GetMapping("/api/notices")
    @Operation(summary = "The caller's notices, newest first, in their language (Accept-Language: en for English)")
    List<NoticeItem> mine(
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "50") int limit,
            HttpServletRequest request) {
        Locale locale =
                request.getLocale() != null && "en".equals(request.getLocale().getLanguage())
                        ? Locale.ENGLISH
                        : Locale.JAPANESE;
        return notifications.page(Math.max(0, offset), Math.max(1, Math.min(200, limit)), locale);
    }

    @GetMapping("/api/notices/preferences")
    @Operation(summary = "How the caller receives each kind of notice: IMMEDIATE, DIGEST or APP")
    Map<String, Delivery> preferences() {
        return preferences.mine();
    }

    @PutMapping("/api/notices/preferences/{kind}")
    @Operation(summary = "Sets how the caller receives one kind of notice")
    Map<String, Delivery> choose(@PathVariable String kind, @RequestBody Choice choice) {
        preferences.set(kind, choice == null ? null : choice.delivery());
        return preferences.mine();
    }

    @PutMapping("/api/notices/digest-time")
    @Operation(summary = "The time of the caller's morning digest (Japan time, on the quarter hour, 06:00–20:00)")
    DigestTime digestTime(@RequestBody DigestTime time) {
        preferences.setDigestTime(time == null ? null : time.time());
        return new DigestTime(preferences.digestTime());
    }

    @GetMapping("/api/notices/channels")
    @Operation(summary = "The caller's own chat channels")
    List<NoticeChannel> channels() {
        return channels.mine();
    }

    @PostMapping("/api/notices/channels")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a chat channel of the caller: SLACK, TEAMS, LINE_WORKS, CHATWORK (with token) or JSON")
    NoticeChannel addChannel(@RequestBody ChannelForm form) {
        return channels.addMine(form);
    }

    @PostMapping("/api/notices/channels/{id}/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Sends a test message to one of the caller's channels (admins: any channel)")
    void test(@PathVariable long id) {
        channels.test(id);
    }

    @DeleteMapping("/api/notices/channels/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Removes one of the caller's channels (admins: any channel)")
    void removeChannel(@PathVariable long id) {
        channels.remove(id);
    }

    @GetMapping("/api/notices/shared-channels")
    @Operation(summary = "Admins: every organisation's shared channels")
    List<NoticeChannel> shared() {
        return channels.shared();
    }

    @PostMapping("/api/notices/shared-channels")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Admins: adds a shared channel of COMPANY, INTERMEDIARY or FACILITY-<id>")
    NoticeChannel addShared(@RequestBody Shared shared) {
        return channels.addShared(
                shared == null ? null : shared.organisation(), shared == null ? null : shared.channel());
    }

    @GetMapping("/api/notices/deliveries")
    @Operation(summary = "Admins: messages that failed after every retry, newest first")
    List<DeliveryRow> failed() {
        return deliveries.failed(200);
    }

    @PostMapping("/api/notices/deliveries/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Admins: sends a failed message again")
    void retry(@PathVariable long id) {
        deliveries.retry(id);
    }

    @PostMapping("/api/calendar-feed")
    @Operation(summary = "Makes (or renews) the caller's private calendar feed; the URL is shown only now")
    FeedUrl issueFeed() {
        return new FeedUrl(feeds.issue());
    }

    @DeleteMapping("/api/calendar-feed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stops the caller's calendar feed")
    void stopFeed() {
        feeds.revoke();
    }
}
