package jp.tsunagu.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A notice posted to a chat channel's incoming webhook, in the form each service reads: Slack's text, a Teams
 * message card, a LINE WORKS message with an open button, a Chatwork message (form-encoded, with its API token), or
 * the plain JSON of a generic webhook. A non-2xx answer is a failure the outbox retries.
 */
final class ChannelPosts {

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final ObjectMapper json = new ObjectMapper();

    void post(long id, String channel, String url, String token, String subject, String text, String link)
            throws Exception {
        if (url == null) {
            throw new IllegalStateException("the channel was removed");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("X-Tsunagu-Delivery", String.valueOf(id));
        String body;
        switch (channel) {
            case "CHATWORK" -> {
                request.header("X-ChatWorkToken", token == null ? "" : token)
                        .header("Content-Type", "application/x-www-form-urlencoded");
                body = "body="
                        + URLEncoder.encode(
                                "[info][title]" + subject + "[/title]" + text + "[/info]", StandardCharsets.UTF_8);
            }
            case "SLACK" -> body = json(Map.of("text", text));
            case "TEAMS" -> body = json(ordered(
                    "@type",
                    "MessageCard",
                    "@context",
                    "https://schema.org/extensions",
                    "summary",
                    subject,
                    "title",
                    subject,
                    "text",
                    text.replace("\n", "\n\n")));
            case "LINE_WORKS" -> body = json(ordered(
                    "title",
                    subject,
                    "body",
                    Map.of("text", text),
                    "button",
                    ordered("label", "開く", "url", link == null ? "" : link)));
            default -> body =
                    json(ordered("id", id, "subject", subject, "text", text, "link", link == null ? "" : link));
        }
        if (!channel.equals("CHATWORK")) {
            request.header("Content-Type", "application/json; charset=utf-8");
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
        }
        HttpResponse<String> response = http.send(
                request.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " " + NoticeSender.cut(response.body()));
        }
    }

    private String json(Object value) throws Exception {
        return json.writeValueAsString(value);
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
