package org.protocolbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.protocolbot.TestBots;
import org.protocolbot.TestStores;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;
import org.protocolbot.delivery.RetriedSend;
import org.protocolbot.feedback.FeedbackStore;

/**
 * A Slack workspace in a box: WireMock plays Slack (Web API under {@code /api/} and every {@code response_url}
 * under {@code /response/}), a small Javalin server mounts the adapter's handler at {@code /slack/events}, and the
 * helpers send correctly signed requests to it as Slack would.
 */
final class SlackTestRig implements AutoCloseable, BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    static final String SIGNING_SECRET = "test-signing-secret";
    static final String BOT_TOKEN = "xoxb-test-bot-token";
    static final String BOT_USER = "U0BOT";
    static final String TEAM = "T0TEST";
    static final String CHANNEL = "C0CHANNEL";
    static final String USER = "U0ASKER";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<ProtocolBot> bot;
    private final String defaultCouncil;
    private final Executor executor;
    private final RetriedSend retry;
    private final Map<String, String> extraEnv;
    WireMockServer slack;
    SlackAdapter adapter;
    /** The adapter's feedback store: its own embedded database, with the question log on. */
    FeedbackStore feedback;
    Path feedbackDir;
    private Javalin server;
    private final HttpClient http = HttpClient.newHttpClient();

    private SlackTestRig(Supplier<ProtocolBot> bot, String defaultCouncil, Executor executor, RetriedSend retry) {
        this(bot, defaultCouncil, executor, retry, Map.of());
    }

    private SlackTestRig(Supplier<ProtocolBot> bot, String defaultCouncil, Executor executor, RetriedSend retry,
            Map<String, String> extraEnv) {
        this.bot = bot;
        this.defaultCouncil = defaultCouncil;
        this.executor = executor;
        this.retry = retry;
        this.extraEnv = Map.copyOf(extraEnv);
    }

    /**
     * For {@code @RegisterExtension}: one rig per test class, with Slack's request log cleared before each test.
     * Replies are sent on the request thread, so they have reached WireMock when Bolt's response returns.
     */
    static SlackTestRig perClass(String defaultCouncil) {
        return new SlackTestRig(TestBots::shared, defaultCouncil, Runnable::run, null);
    }

    /** As {@link #perClass(String)}, with more environment variables (e.g. a small question budget). */
    static SlackTestRig perClass(String defaultCouncil, Map<String, String> extraEnv) {
        return new SlackTestRig(TestBots::shared, defaultCouncil, Runnable::run, null, extraEnv);
    }

    /** Started at once, closed by the caller. */
    static SlackTestRig start(ProtocolBot bot, String defaultCouncil) {
        return start(bot, defaultCouncil, Runnable::run);
    }

    /** With {@code executor} null, the adapter answers on its own threads, as in production. */
    static SlackTestRig start(ProtocolBot bot, String defaultCouncil, Executor executor) {
        SlackTestRig rig = new SlackTestRig(() -> bot, defaultCouncil, executor, null);
        rig.open();
        return rig;
    }

    /** Replies on the request thread, retried with {@code retry} (whose pauses a test can record). */
    static SlackTestRig retrying(ProtocolBot bot, RetriedSend retry) {
        SlackTestRig rig = new SlackTestRig(() -> bot, null, Runnable::run, retry);
        rig.open();
        return rig;
    }

    private void open() {
        slack = new WireMockServer(options().dynamicPort());
        slack.start();
        stubSlack(slack);
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
        env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
        if (defaultCouncil != null) {
            env.put("PROTOCOL_DEFAULT_COUNCIL", defaultCouncil);
        }
        SlackEndpoints endpoints = new SlackEndpoints(slack.baseUrl() + "/api/");
        feedbackDir = TestStores.newDataDir();
        feedback = TestStores.open(feedbackDir, true);
        if (retry != null) {
            adapter = new SlackAdapter(bot.get(), Settings.fromEnv(env), endpoints, feedback, executor, executor, retry);
        } else {
            adapter = executor == null
                    ? new SlackAdapter(bot.get(), Settings.fromEnv(env), endpoints, feedback)
                    : new SlackAdapter(bot.get(), Settings.fromEnv(env), endpoints, feedback, executor);
        }
        server = Javalin.create(config -> config.routes.post("/slack/events", adapter.eventsHandler())).start(0);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        open();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        slack.resetRequests();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    static void stubSlack(WireMockServer slack) {
        slack.stubFor(post(urlEqualTo("/api/auth.test")).willReturn(okJson("{\"ok\":true,\"url\":\"https://test.slack.com/\","
                + "\"team\":\"Test Council\",\"user\":\"protocolbot\",\"team_id\":\"" + TEAM + "\",\"user_id\":\"" + BOT_USER
                + "\",\"bot_id\":\"B0BOT\"}")));
        slack.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"" + CHANNEL + "\",\"ts\":\"1700000999.000100\"}")));
        slack.stubFor(post(urlPathMatching("/response/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    // ---- requests as Slack sends them

    String responseUrl(String name) {
        return slack.baseUrl() + "/response/" + name;
    }

    HttpResponse<String> slashCommand(String text) {
        return slashCommand("/protocol", text, "cmd");
    }

    HttpResponse<String> slashCommand(String command, String text, String responseUrlName) {
        return slashCommandRespondingTo(command, text, responseUrl(responseUrlName));
    }

    /** A slash command whose response_url is {@code responseUrl}, wherever that is. */
    HttpResponse<String> slashCommandRespondingTo(String command, String text, String responseUrl) {
        return slashCommandAs(USER, command, text, responseUrl);
    }

    /** A slash command typed by {@code user}, answered through {@code responseUrl}. */
    HttpResponse<String> slashCommandAs(String user, String command, String text, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", TEAM);
        form.put("team_domain", "testcouncil");
        form.put("channel_id", CHANNEL);
        form.put("channel_name", "democratic-services");
        form.put("user_id", user);
        form.put("user_name", "officer");
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0APP");
        form.put("response_url", responseUrl);
        form.put("trigger_id", "123.456.abc");
        return signedPost("application/x-www-form-urlencoded", formBody(form), Map.of());
    }

    HttpResponse<String> buttonClick(String value, String responseUrlName) {
        return buttonClick(ShareButton.ACTION_ID, value, responseUrlName);
    }

    /** A block_actions request for a click on the button {@code actionId} carrying {@code value}. */
    HttpResponse<String> buttonClick(String actionId, String value, String responseUrlName) {
        return signedPost("application/x-www-form-urlencoded", buttonClickBody(actionId, value, responseUrlName), Map.of());
    }

    /** The form body Slack posts for a button click. */
    String buttonClickBody(String actionId, String value, String responseUrlName) {
        String payload = "{\"type\":\"block_actions\",\"team\":{\"id\":\"" + TEAM + "\",\"domain\":\"testcouncil\"},"
                + "\"user\":{\"id\":\"" + USER + "\",\"username\":\"officer\",\"team_id\":\"" + TEAM + "\"},"
                + "\"api_app_id\":\"A0APP\",\"token\":\"legacy\",\"trigger_id\":\"123.456.def\","
                + "\"container\":{\"type\":\"message\",\"message_ts\":\"1700000001.000100\",\"channel_id\":\"" + CHANNEL
                + "\",\"is_ephemeral\":true},\"channel\":{\"id\":\"" + CHANNEL + "\",\"name\":\"democratic-services\"},"
                + "\"response_url\":\"" + responseUrl(responseUrlName) + "\","
                + "\"actions\":[{\"type\":\"button\",\"action_id\":\"" + actionId + "\",\"block_id\":\"b1\","
                + "\"text\":{\"type\":\"plain_text\",\"text\":\"Button\"},\"value\":" + quote(value)
                + ",\"action_ts\":\"1700000002.000200\"}]}";
        return formBody(Map.of("payload", payload));
    }

    /** An Events API callback wrapping {@code eventJson}. */
    static String eventCallback(String eventId, String eventJson) {
        return "{\"token\":\"legacy\",\"team_id\":\"" + TEAM + "\",\"api_app_id\":\"A0APP\",\"event\":" + eventJson
                + ",\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"event_time\":1700000000,"
                + "\"authorizations\":[{\"team_id\":\"" + TEAM + "\",\"user_id\":\"" + BOT_USER + "\",\"is_bot\":true}]}";
    }

    HttpResponse<String> event(String body, Map<String, String> headers) {
        return signedPost("application/json", body, headers);
    }

    HttpResponse<String> signedPost(String contentType, String body, Map<String, String> headers) {
        long now = Instant.now().getEpochSecond();
        return send(contentType, body, now, SlackSigning.sign(SIGNING_SECRET, now, body), headers);
    }

    HttpResponse<String> send(String contentType, String body, long timestamp, String signature, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("X-Slack-Request-Timestamp", Long.toString(timestamp));
        all.put("X-Slack-Signature", signature);
        all.putAll(headers);
        return sendWithHeaders(contentType, body, all);
    }

    /** Exactly the given headers: no signature unless they hold one. */
    HttpResponse<String> sendWithHeaders(String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/slack/events"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- what reached "Slack"

    /** JSON bodies posted to one response_url, in order. */
    List<JsonNode> responseUrlPosts(String name) {
        return slack.findAll(postRequestedFor(urlEqualTo("/response/" + name))).stream()
                .map(r -> readJson(r.getBodyAsString())).toList();
    }

    /** chat.postMessage calls, each as its form fields. */
    List<Map<String, String>> postedMessages() {
        return slack.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))).stream()
                .map(SlackTestRig::formFields).toList();
    }

    /** Everything the bot sent to Slack other than auth.test, as text. */
    String everythingSent() {
        return slack.findAll(postRequestedFor(urlPathMatching("/(response/.*|api/chat\\..*)"))).stream()
                .map(LoggedRequest::getBodyAsString)
                .map(body -> URLDecoder.decode(body, StandardCharsets.UTF_8))
                .collect(Collectors.joining("\n"));
    }

    static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> formFields(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            String[] kv = pair.split("=", 2);
            fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }

    private static String formBody(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String quote(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        adapter.stop();
        feedback.close();
        server.stop();
        slack.stop();
    }
}
