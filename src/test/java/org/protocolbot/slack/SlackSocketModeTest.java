package org.protocolbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.javalin.Javalin;
import io.javalin.websocket.WsContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;
import org.protocolbot.TestStores;
import org.protocolbot.app.Settings;
import org.protocolbot.feedback.FeedbackStore;

/**
 * Socket Mode through Bolt's real SocketModeApp and Tyrus client. WireMock answers {@code apps.connections.open}
 * with the address of a small WebSocket server that plays Slack's Socket Mode endpoint: it says hello, sends
 * envelopes and collects the acknowledgements.
 */
class SlackSocketModeTest {

    private static final String APP_TOKEN = "xapp-1-test-app-token";

    private final BlockingQueue<String> fromBot = new LinkedBlockingQueue<>();
    private final AtomicReference<WsContext> connection = new AtomicReference<>();
    private WireMockServer slack;
    private Javalin socketServer;
    private SlackAdapter adapter;
    private FeedbackStore feedback;

    @BeforeEach
    void start() {
        socketServer = Javalin.create(config -> config.routes.ws("/link", ws -> {
            ws.onConnect(ctx -> {
                ctx.session.setIdleTimeout(java.time.Duration.ofMinutes(5));
                connection.set(ctx);
            });
            ws.onMessage(ctx -> fromBot.add(ctx.message()));
        })).start(0);
        slack = new WireMockServer(options().dynamicPort());
        slack.start();
        SlackTestRig.stubSlack(slack);
        slack.stubFor(post(urlEqualTo("/api/apps.connections.open"))
                .willReturn(okJson("{\"ok\":true,\"url\":\"ws://localhost:" + socketServer.port() + "/link\"}")));
        Settings settings = Settings.fromEnv(Map.of("SLACK_BOT_TOKEN", SlackTestRig.BOT_TOKEN, "SLACK_APP_TOKEN", APP_TOKEN,
                "PROTOCOL_DEFAULT_COUNCIL", "kirklees"));
        feedback = TestStores.temporary();
        adapter = new SlackAdapter(TestBots.shared(), settings, new SlackEndpoints(slack.baseUrl() + "/api"), feedback,
                Runnable::run);
    }

    @AfterEach
    void stop() {
        adapter.stop();
        feedback.close();
        socketServer.stop();
        slack.stop();
    }

    @Test
    void slashCommandAndMentionOverSocketModeAreAcknowledgedAndAnsweredOnce() throws Exception {
        adapter.startSocketMode();
        WsContext socket = connected();
        slack.verify(postRequestedFor(urlEqualTo("/api/apps.connections.open"))
                .withHeader("Authorization", equalTo("Bearer " + APP_TOKEN)));
        socket.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"applink-test\"},"
                + "\"connection_info\":{\"app_id\":\"A0APP\"}}");

        socket.send("{\"envelope_id\":\"env-command\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,"
                + "\"payload\":{\"team_id\":\"" + SlackTestRig.TEAM + "\",\"channel_id\":\"" + SlackTestRig.CHANNEL
                + "\",\"user_id\":\"" + SlackTestRig.USER + "\",\"command\":\"/protocol\",\"text\":\"6.3\","
                + "\"api_app_id\":\"A0APP\",\"response_url\":\"" + slack.baseUrl() + "/response/socket\",\"trigger_id\":\"1.2.3\"}}");
        assertEquals(SlackTestRig.readJson("{\"envelope_id\":\"env-command\"}"), nextAck());
        List<JsonNode> answers = slack.findAll(postRequestedFor(urlEqualTo("/response/socket"))).stream()
                .map(r -> SlackTestRig.readJson(r.getBodyAsString())).toList();
        assertEquals(1, answers.size());
        assertEquals("ephemeral", answers.get(0).get("response_type").asText());
        assertEquals(SlackJson.feedbackButtons(SlackSlashCommandTest.feedbackFor(feedback.signer(), "6.3")), answers.get(0).at("/blocks/3"));
        assertEquals(SlackJson.shareButton("/protocol 6.3"), answers.get(0).at("/blocks/4"));

        String mention = SlackTestRig.eventCallback("EvS1", "{\"type\":\"app_mention\",\"channel\":\"" + SlackTestRig.CHANNEL
                + "\",\"user\":\"" + SlackTestRig.USER + "\",\"text\":\"<@" + SlackTestRig.BOT_USER + "> 6.3\","
                + "\"ts\":\"1700003000.000100\",\"event_ts\":\"1700003000.000100\"}");
        socket.send(envelope("env-event-1", mention, 0));
        assertEquals(SlackTestRig.readJson("{\"envelope_id\":\"env-event-1\"}"), nextAck());
        socket.send(envelope("env-event-2", mention, 1));
        assertEquals(SlackTestRig.readJson("{\"envelope_id\":\"env-event-2\"}"), nextAck());

        List<Map<String, String>> posted = slack.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))).stream()
                .map(SlackTestRig::formFields).toList();
        assertEquals(1, posted.size(), "the retried envelope is acknowledged but not answered again");
        assertEquals("1700003000.000100", posted.get(0).get("thread_ts"));
    }

    @Test
    void refusedAppTokenStopsStartUpWithSlacksReasonAndNoToken() {
        slack.stubFor(post(urlEqualTo("/api/apps.connections.open")).willReturn(okJson("{\"ok\":false,\"error\":\"invalid_auth\"}")));

        IllegalStateException failure = assertThrows(IllegalStateException.class, adapter::startSocketMode);

        assertTrue(failure.getMessage().contains("invalid_auth"), failure.getMessage());
        assertFalse(failure.getMessage().contains(APP_TOKEN));
    }

    private static String envelope(String id, String payload, int retryAttempt) {
        return "{\"envelope_id\":\"" + id + "\",\"type\":\"events_api\",\"accepts_response_payload\":false,"
                + "\"retry_attempt\":" + retryAttempt + ",\"retry_reason\":\"" + (retryAttempt == 0 ? "" : "timeout")
                + "\",\"payload\":" + payload + "}";
    }

    private WsContext connected() throws InterruptedException {
        for (int i = 0; i < 200 && connection.get() == null; i++) {
            Thread.sleep(50);
        }
        assertNotNull(connection.get(), "the bot connected to the Socket Mode URL");
        return connection.get();
    }

    private JsonNode nextAck() throws InterruptedException {
        String message = fromBot.poll(20, TimeUnit.SECONDS);
        assertNotNull(message, "the bot acknowledged the envelope");
        return SlackTestRig.readJson(message);
    }
}
