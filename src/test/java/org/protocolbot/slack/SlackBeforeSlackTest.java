package org.protocolbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolbot.CapturedLogs;
import org.protocolbot.TestBots;
import org.protocolbot.TestStores;
import org.protocolbot.app.Settings;
import org.protocolbot.feedback.FeedbackStore;
import org.protocolbot.server.BotServer;
import org.protocolbot.server.ChatAdapterMount;
import org.protocolbot.server.ChatAdapters;

/**
 * Slack before Slack: the signature is checked before anything parses or logs a body, and Bolt (with its
 * {@code auth.test}) starts with the server, so a wrong token or an unreachable Slack is reported once at start
 * and no request ever waits on Slack or gets a 500 for it.
 */
class SlackBeforeSlackTest {

    private static final String CHALLENGE = "{\"token\":\"legacy\",\"challenge\":\"c-1\",\"type\":\"url_verification\"}";

    @Test
    void anUnsignedOrWronglySignedBodyNeverReachesTheLog() {
        String marker = "UNSIGNED-BODY-MARKER-" + System.nanoTime();
        // Unrecognised by Bolt's parser (which logs such bodies in full) and carrying a forged log line.
        String body = marker + "\n2026-01-01 12:00:00 INFO request GET /api/report status=200 " + "x".repeat(200_000);
        try (CapturedLogs log = CapturedLogs.start(); SlackTestRig rig = SlackTestRig.start(TestBots.shared(), "kirklees")) {
            long now = Instant.now().getEpochSecond();
            List<HttpResponse<String>> responses = List.of(
                    rig.sendWithHeaders("application/json", body, Map.of()),
                    rig.send("application/json", body, now, SlackSigning.sign("not-the-secret", now, body), Map.of()),
                    rig.send("application/json", body, now - 600, SlackSigning.sign(SlackTestRig.SIGNING_SECRET, now - 600, body),
                            Map.of()),
                    rig.send("text/plain", body, now, "v0=" + "0".repeat(64), Map.of()));

            responses.forEach(response -> assertEquals(401, response.statusCode()));
            assertTrue(log.lines().stream().anyMatch(line -> line.startsWith("Rejected a Slack request")),
                    "each rejection is one fixed line: " + log.lines());
            for (String line : log.lines()) {
                assertFalse(line.contains(marker), "an unauthenticated body reached the log: " + line.substring(0, Math.min(line.length(), 300)));
                assertFalse(line.contains("status=200"), "a forged line reached the log: " + line);
            }
            assertEquals(0, rig.postedMessages().size());
        }
    }

    @Test
    void aWrongTokenIsReportedAtStartAndSlackRequestsGetA503WithoutCallingSlack() throws Exception {
        WireMockServer slack = new WireMockServer(options().dynamicPort());
        slack.start();
        slack.stubFor(post(urlEqualTo("/api/auth.test")).willReturn(okJson("{\"ok\":false,\"error\":\"invalid_auth\"}")));
        try (CapturedLogs log = CapturedLogs.start(); FeedbackStore feedback = TestStores.temporary()) {
            SlackAdapter adapter = new SlackAdapter(TestBots.shared(), settings(), new SlackEndpoints(slack.baseUrl() + "/api/"),
                    feedback);
            assertFalse(adapter.health().on());
            assertTrue(adapter.health().detail().contains("invalid_auth"), adapter.health().detail());

            BotServer server = serve(adapter, feedback);
            try {
                assertEquals(1, slack.findAll(postRequestedFor(urlEqualTo("/api/auth.test"))).size(), "auth.test ran at start");
                assertEquals(503, signedChallenge(server).statusCode());
                assertEquals(401, unsignedChallenge(server).statusCode());
                assertEquals(1, slack.findAll(postRequestedFor(urlEqualTo("/api/auth.test"))).size(),
                        "no request called Slack");
                JsonNode ready = SlackTestRig.readJson(get(server, "/readyz").body());
                assertFalse(ready.path("slack").path("on").asBoolean(true), ready.toString());
                assertTrue(ready.path("slack").path("detail").asText().contains("SLACK_BOT_TOKEN"), ready.toString());
                // The banner is one log line per fact (logback.xml keeps every message on one line).
                assertTrue(log.lines().stream().anyMatch(line -> line.contains("listening on port")), "the banner");
                assertTrue(log.lines().stream().anyMatch(line -> line.contains("Slack: off (auth.test did not pass")),
                        "the banner says Slack is off");
                assertTrue(log.lines().stream().noneMatch(line -> line.contains(SlackTestRig.BOT_TOKEN)));
            } finally {
                server.stop();
                adapter.stop();
            }
        } finally {
            slack.stop();
        }
    }

    @Test
    void anUnreachableSlackIsReportedAtStartAndRequestsNeverWaitOnIt() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (FeedbackStore feedback = TestStores.temporary()) {
            SlackAdapter adapter = new SlackAdapter(TestBots.shared(), settings(),
                    new SlackEndpoints("http://127.0.0.1:" + closedPort + "/api/"), feedback);
            assertFalse(adapter.health().on());
            assertTrue(adapter.health().detail().contains("127.0.0.1:" + closedPort), adapter.health().detail());
            BotServer server = serve(adapter, feedback);
            try {
                assertEquals(503, signedChallenge(server).statusCode());
                assertEquals(200, get(server, "/readyz").statusCode(), "the other surfaces still answer");
            } finally {
                server.stop();
                adapter.stop();
            }
        }
    }

    @Test
    void aWorkingTokenIsOnAndSlacksUrlCheckPasses() throws Exception {
        WireMockServer slack = new WireMockServer(options().dynamicPort());
        slack.start();
        SlackTestRig.stubSlack(slack);
        try (FeedbackStore feedback = TestStores.temporary()) {
            SlackAdapter adapter = new SlackAdapter(TestBots.shared(), settings(), new SlackEndpoints(slack.baseUrl() + "/api/"),
                    feedback);
            assertTrue(adapter.health().on(), adapter.health().describe());
            BotServer server = serve(adapter, feedback);
            try {
                HttpResponse<String> signed = signedChallenge(server);
                assertEquals(200, signed.statusCode());
                assertEquals("c-1", signed.body());
                assertTrue(SlackTestRig.readJson(get(server, "/readyz").body()).path("slack").path("on").asBoolean());
            } finally {
                server.stop();
                adapter.stop();
            }
        } finally {
            slack.stop();
        }
    }

    private static Settings settings() {
        return Settings.fromEnv(Map.of("SLACK_BOT_TOKEN", SlackTestRig.BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SlackTestRig.SIGNING_SECRET));
    }

    private static BotServer serve(SlackAdapter adapter, FeedbackStore feedback) {
        return BotServer.start(TestBots.shared(), settings(), 0, new ChatAdapters(
                List.of(new ChatAdapterMount("slack", "/slack/events", adapter.eventsHandler())), List.of(),
                List.of(adapter.health())), TestStores.temporary());
    }

    private static HttpResponse<String> signedChallenge(BotServer server) throws IOException, InterruptedException {
        long now = Instant.now().getEpochSecond();
        return postChallenge(server, now, SlackSigning.sign(SlackTestRig.SIGNING_SECRET, now, CHALLENGE));
    }

    private static HttpResponse<String> unsignedChallenge(BotServer server) throws IOException, InterruptedException {
        return postChallenge(server, Instant.now().getEpochSecond(), "v0=unsigned");
    }

    private static HttpResponse<String> postChallenge(BotServer server, long timestamp, String signature)
            throws IOException, InterruptedException {
        return SlackSigning.postEvents(server.port(), timestamp, signature, CHALLENGE);
    }

    private static HttpResponse<String> get(BotServer server, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
