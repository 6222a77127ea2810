package jp.tsunagu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab speaking Vaadin Flow's own client protocol, as the browser's Flow client does (recorded from
 * Chromium against this app): the bootstrap page, {@code ?v-r=init}, then UIDL posts carrying the tab's csrf token,
 * sync id and client id, with router navigation, tab switches, grid scrolling and button clicks as RPCs. It keeps
 * the element ids the server sends so that it can click {@code #claim} the way a person would. Every request's time
 * and outcome go to a {@link Recorder}.
 */
final class VaadinTab {

    /** What the load test records per request. */
    interface Recorder {
        void record(String action, long nanos, String error);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    /** Texts a person would read as "it broke" (the app's own error notices, Vaadin's error view). */
    private static final List<String> ERROR_TEXTS =
            List.of("予期しないエラー", "データベースに接続できません", "ただいま混み合っています", "Internal Server Error", "Could not navigate");

    private final HttpClient http;
    private final String base;
    private final Recorder recorder;
    private String session;
    private String csrf;
    private int uiId;
    private int syncId;
    private int clientId;
    private int promise;
    private int historyIndex;
    private final Map<String, Integer> nodesById = new HashMap<>();

    VaadinTab(HttpClient http, String base, Recorder recorder) {
        this.http = http;
        this.base = base;
        this.recorder = recorder;
    }

    /** The login page, its form post, and the task inbox it lands on. False if the login was refused. */
    boolean logIn(String username, String password) {
        String page = get("login page", "/login");
        Matcher m = LOGIN_CSRF.matcher(page == null ? "" : page);
        if (!m.find()) {
            return false;
        }
        String formCsrf = m.group(1);
        init("login page", "login");
        int loginUi = uiId;
        String loginCsrf = csrf;
        String form = "_csrf=" + enc(formCsrf) + "&username=" + enc(username) + "&password=" + enc(password);
        HttpResponse<String> posted = send(
                "login",
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)),
                302);
        if (posted == null || posted.headers().firstValue("Location").orElse("").contains("/login")) {
            return false;
        }
        // The login page's tab unloads (the browser's beacon), then the app opens at the inbox.
        send(null, uidlRequest(loginUi, "{\"csrfToken\":\"" + loginCsrf + "\",\"rpc\":[],\"UNLOAD\":true}"), 200);
        get("login", "/");
        init("login", "tasks");
        navigate("tasks");
        return true;
    }

    /** Router navigation inside the open tab (a menu item or a link), as the client sends it. */
    void navigate(String route) {
        ObjectNode data = JSON.createObjectNode()
                .put("route", route)
                .put("query", "")
                .put("appShellTitle", "")
                .put("trigger", historyIndex == 0 ? "" : "client");
        data.putObject("historyState").put("idx", historyIndex++);
        // The layout (with its logout button) stays; the old view's elements go.
        Integer logout = nodesById.get("logout");
        nodesById.clear();
        if (logout != null) {
            nodesById.put("logout", logout);
        }
        rpc("open " + route.replaceAll("/[^/]+$", "/…"), event(1, "ui-navigate", data));
    }

    /** Selects a tab of the element with this id (a property sync and its change event). */
    void selectTab(String elementId, int index) {
        node(elementId)
                .ifPresent(n -> rpc(
                        "switch tab",
                        JSON.createObjectNode()
                                .put("type", "mSync")
                                .put("node", n)
                                .put("feature", 1)
                                .put("property", "selected")
                                .put("value", index),
                        event(n, "selected-changed", JSON.createObjectNode())));
    }

    /** Scrolls a grid: the rows it asks the server for. */
    void scroll(String gridId, int first, int count) {
        node(gridId).ifPresent(n -> {
            ObjectNode call = JSON.createObjectNode()
                    .put("type", "publishedEventHandler")
                    .put("node", n)
                    .put("templateEventMethodName", "setViewportRange")
                    .put("promise", promise++);
            call.putArray("templateEventMethodArgs").add(first).add(count);
            rpc("scroll grid", call);
        });
    }

    /** Clicks the element with this id, if the page shows it; false if it does not. */
    boolean click(String elementId, String action) {
        Optional<Integer> n = node(elementId);
        n.ifPresent(id -> {
            ObjectNode data = JSON.createObjectNode()
                    .put("event.shiftKey", false)
                    .put("event.metaKey", false)
                    .put("event.detail", 1)
                    .put("event.ctrlKey", false)
                    .put("event.clientX", 100)
                    .put("event.clientY", 100)
                    .put("event.altKey", false)
                    .put("event.button", 0)
                    .put("event.screenY", 100)
                    .put("event.screenX", 100);
            rpc(action, event(id, "click", data));
        });
        return n.isPresent();
    }

    /** Sets a field's value (a radio group's item key, a text) as the client syncs it. */
    void setValue(String elementId, String value) {
        node(elementId)
                .ifPresent(n -> rpc(
                        "fill form",
                        JSON.createObjectNode()
                                .put("type", "mSync")
                                .put("node", n)
                                .put("feature", 1)
                                .put("property", "value")
                                .put("value", value),
                        event(n, "value-changed", JSON.createObjectNode())));
    }

    /** The last response's text contains this (a notice, a heading). */
    boolean shows(String text) {
        return lastResponse != null && lastResponse.contains(text);
    }

    private String lastResponse;
    private boolean productionMode;

    /** Whether the app answered as a production build (dev mode keeps far more per session). */
    boolean productionMode() {
        return productionMode;
    }

    private Optional<Integer> node(String elementId) {
        return Optional.ofNullable(nodesById.get(elementId));
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode e =
                JSON.createObjectNode().put("type", "event").put("node", node).put("event", name);
        e.set("data", data);
        return e;
    }

    private void rpc(String action, ObjectNode... calls) {
        ObjectNode body = JSON.createObjectNode().put("csrfToken", csrf);
        ArrayNode rpc = body.putArray("rpc");
        for (ObjectNode call : calls) {
            rpc.add(call);
        }
        body.put("syncId", syncId).put("clientId", clientId);
        long start = System.nanoTime();
        HttpResponse<String> response = send(null, uidlRequest(uiId, body.toString()), 200);
        long took = System.nanoTime() - start;
        if (response == null) {
            recorder.record(action, took, "no response");
            return;
        }
        String text = response.body();
        lastResponse = text;
        String error = null;
        try {
            JsonNode uidl = JSON.readTree(text.substring(text.indexOf('[')));
            JsonNode message = uidl.get(0);
            if (message.path("meta").path("sessionExpired").asBoolean()
                    || message.path("meta").has("appError")) {
                error = "session expired or app error";
            } else if (message.path("resynchronize").asBoolean()) {
                error = "resynchronize";
            }
            syncId = message.path("syncId").asInt(syncId);
            clientId = message.path("clientId").asInt(clientId + 1);
            remember(message);
        } catch (IOException | RuntimeException unreadable) {
            error = "unreadable UIDL: " + text.substring(0, Math.min(80, text.length()));
        }
        if (error == null) {
            error = errorText(text);
        }
        recorder.record(action, took, error);
    }

    private void remember(JsonNode message) {
        for (JsonNode change : message.path("changes")) {
            if ("put".equals(change.path("type").asText())
                    && "id".equals(change.path("key").asText())
                    && change.path("feat").asInt() == 3) {
                nodesById.put(change.path("value").asText(), change.path("node").asInt());
            }
        }
    }

    private void init(String action, String location) {
        String text = get(action, "/?v-r=init&location=" + enc(location) + "&query=");
        if (text == null) {
            return;
        }
        try {
            JsonNode config = JSON.readTree(text).path("appConfig");
            uiId = config.path("v-uiId").asInt();
            productionMode = config.path("productionMode").asBoolean();
            JsonNode uidl = config.path("uidl");
            csrf = uidl.path("Vaadin-Security-Key").asText();
            syncId = uidl.path("syncId").asInt();
            clientId = uidl.path("clientId").asInt();
            promise = 0;
            historyIndex = 0;
        } catch (IOException e) {
            recorder.record(action, 0, "unreadable init");
        }
    }

    private String get(String action, String path) {
        long start = System.nanoTime();
        HttpResponse<String> response =
                send(null, HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
        recorder.record(
                action,
                System.nanoTime() - start,
                response == null ? "HTTP error on " + path : errorText(response.body()));
        return response == null ? null : response.body();
    }

    private HttpRequest.Builder uidlRequest(int ui, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(String action, HttpRequest.Builder request, int expected) {
        request.timeout(Duration.ofSeconds(60)).header("Accept-Language", "ja-JP,ja;q=0.9");
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                Matcher m = SESSION_COOKIE.matcher(cookie);
                if (m.find()) {
                    session = m.group(1);
                }
            }
            if (action != null) {
                recorder.record(
                        action,
                        System.nanoTime() - start,
                        response.statusCode() == expected ? null : "HTTP " + response.statusCode());
            }
            return response.statusCode() == expected ? response : null;
        } catch (IOException e) {
            if (action != null) {
                recorder.record(action, System.nanoTime() - start, e.getClass().getSimpleName());
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String errorText(String text) {
        for (String sign : ERROR_TEXTS) {
            if (text.contains(sign)) {
                return "shows \"" + sign + "\"";
            }
        }
        return null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
