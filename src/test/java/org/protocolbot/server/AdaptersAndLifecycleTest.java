package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.protocolbot.CapturedLogs;
import org.protocolbot.TestStores;
import org.protocolbot.app.Settings;

/**
 * Which chat adapters configuration switches on, how mounted webhooks are timed and logged, and graceful shutdown.
 * The webhook handlers here are the server's own seam exercised with a plain handler, not stand-ins for the Slack or
 * Teams adapters, which have their own tests.
 */
class AdaptersAndLifecycleTest {

    @Test
    void withNoCredentialsOnlyTheApiAndPageAreOn() {
        assertEquals("""
                JSON API (POST /api/ask) and try-it page (/): on
                Slack HTTP (POST /slack/events): off (SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET not set)
                Slack Socket Mode: off (SLACK_BOT_TOKEN and SLACK_APP_TOKEN not set)
                Teams (POST /api/messages): off (MICROSOFT_APP_ID not set)
                Monitoring officer's report (GET /api/report): off (PROTOCOL_ADMIN_TOKEN not set)""",
                BotServer.describeAdapters(Settings.empty()));
    }

    @Test
    void withNoCredentialsTheWebhookPathsAre404() {
        try (RunningServer server = RunningServer.start(Settings.empty())) {
            assertEquals(404, server.post("/slack/events", "{\"type\":\"url_verification\"}").statusCode());
            assertEquals(404, server.post("/api/messages", "{\"type\":\"message\"}").statusCode());
            assertEquals(200, server.post("/api/ask", "{\"question\":\"Can I attend a group meeting?\"}").statusCode());
        }
    }

    @Test
    void eachSettingSwitchesItsOwnSurfaceAndNamesWhatIsMissing() {
        Settings slackHttpOnly = Settings.fromEnv(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-secret-bot-token", "SLACK_SIGNING_SECRET", "secret-signing"));
        assertEquals("""
                JSON API (POST /api/ask) and try-it page (/): on
                Slack HTTP (POST /slack/events): on
                Slack Socket Mode: off (SLACK_APP_TOKEN not set)
                Teams (POST /api/messages): off (MICROSOFT_APP_ID not set)
                Monitoring officer's report (GET /api/report): off (PROTOCOL_ADMIN_TOKEN not set)""",
                BotServer.describeAdapters(slackHttpOnly));

        Settings socketModeAndTeams = Settings.fromEnv(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-secret-bot-token", "SLACK_APP_TOKEN", "xapp-secret-app-token",
                "MICROSOFT_APP_ID", "00000000-app-id", "MICROSOFT_APP_PASSWORD", "secret-password",
                "PROTOCOL_ADMIN_TOKEN", "secret-admin-token"));
        String described = BotServer.describeAdapters(socketModeAndTeams);
        assertEquals("""
                JSON API (POST /api/ask) and try-it page (/): on
                Slack HTTP (POST /slack/events): off (SLACK_SIGNING_SECRET not set)
                Slack Socket Mode: on
                Teams (POST /api/messages): on
                Monitoring officer's report (GET /api/report): on""", described);
        assertFalse(described.contains("secret"), "names settings, never their values");

        Settings teamsWithoutPassword = Settings.fromEnv(Map.of("MICROSOFT_APP_ID", "00000000-app-id"));
        assertTrue(BotServer.describeAdapters(teamsWithoutPassword).contains(
                "\nTeams (POST /api/messages): on (but MICROSOFT_APP_PASSWORD is not set, so Teams will reject the "
                        + "bot's replies)\n"));
    }

    @Test
    void mountedWebhooksAreTimedLoggedAndGivenACorrelationIdByTheServer() {
        ChatAdapters adapters = new ChatAdapters(List.of(
                new ChatAdapterMount("slack", "/slack/events", ctx -> ctx.result("slack ok")),
                new ChatAdapterMount("teams", "/api/messages", ctx -> ctx.status(201).result(""))), List.of());
        try (CapturedLogs logs = CapturedLogs.start();
                RunningServer server = RunningServer.start(RunningServer.realBot(), Settings.empty(), adapters)) {
            HttpResponse<String> slack = server.post("/slack/events", "{}");
            HttpResponse<String> teams = server.post("/api/messages", "{}");

            assertEquals("slack ok", slack.body());
            assertEquals(201, teams.statusCode());
            String slackId = slack.headers().firstValue("X-Correlation-Id").orElseThrow();
            assertTrue(logs.awaitLine(l -> l.contains(slackId)).contains(" adapter=slack endpoint=/slack/events "));
            String metrics = MetricsAndLogsTest.awaitMetrics(server, m -> MetricsAndLogsTest.count(m,
                    "protocolbot_http_requests_seconds_count", "adapter=\"teams\",endpoint=\"/api/messages\"") == 1);
            assertEquals(1, MetricsAndLogsTest.count(metrics, "protocolbot_http_requests_seconds_count",
                    "adapter=\"slack\",endpoint=\"/slack/events\",method=\"POST\",status=\"200\""));
            assertEquals(1, MetricsAndLogsTest.count(metrics, "protocolbot_http_requests_seconds_count",
                    "adapter=\"teams\",endpoint=\"/api/messages\",method=\"POST\",status=\"201\""));
        }
    }

    @Test
    void backgroundConnectionsOpenAtStartAndCloseFirstOnStop() {
        List<String> events = new CopyOnWriteArrayList<>();
        ChatAdapters adapters = new ChatAdapters(List.of(), List.of(new BackgroundConnection("Socket",
                () -> events.add("open"), () -> events.add("close"))));

        RunningServer server = RunningServer.start(RunningServer.realBot(), Settings.empty(), adapters);
        assertEquals(List.of("open"), events);
        server.close();
        server.close();

        assertEquals(List.of("open", "close"), events, "closed once, however often stop is called");
    }

    @Test
    void aConnectionThatCannotOpenStopsTheServer() {
        ChatAdapters adapters = new ChatAdapters(List.of(), List.of(new BackgroundConnection("Socket",
                () -> {
                    throw new IllegalStateException("invalid_auth");
                }, () -> { })));

        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> BotServer.start(RunningServer.realBot(), Settings.empty(), 0, adapters, TestStores.temporary()));
        assertEquals("invalid_auth", failure.getMessage());
    }

    @Test
    void stopLetsInFlightRequestsFinishAndFailsReadinessFirst() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> readinessDuringStop = new CopyOnWriteArrayList<>();
        RunningServer[] holder = new RunningServer[1];
        ChatAdapters adapters = new ChatAdapters(
                List.of(new ChatAdapterMount("slack", "/slack/events", ctx -> {
                    entered.countDown();
                    assertTrue(release.await(30, TimeUnit.SECONDS));
                    ctx.result("finished");
                })),
                // Closing runs inside stop(), before Jetty stops: the moment to ask whether we still look ready.
                List.of(new BackgroundConnection("probe", () -> { },
                        () -> readinessDuringStop.add(holder[0].get("/readyz").statusCode()))));
        RunningServer server = RunningServer.start(RunningServer.realBot(), Settings.empty(), adapters);
        holder[0] = server;
        int port = server.server.port();

        CompletableFuture<HttpResponse<String>> inFlight = server.http.sendAsync(
                server.request("/slack/events").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(entered.await(30, TimeUnit.SECONDS));
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close);
        awaitRefusingConnections(port);
        assertFalse(stopping.isDone(), "stop waits for the request in flight");
        release.countDown();

        HttpResponse<String> response = inFlight.get(30, TimeUnit.SECONDS);
        stopping.get(30, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertEquals("finished", response.body());
        assertEquals(List.of(503), readinessDuringStop);
    }

    @Test
    void portComesFromTheFlagThenPortThen8080() {
        assertEquals(8080, BotServer.portFrom(null, Map.of()));
        assertEquals(9000, BotServer.portFrom(null, Map.of("PORT", " 9000 ")));
        assertEquals(7000, BotServer.portFrom(7000, Map.of("PORT", "9000")));
        assertThrows(IllegalArgumentException.class, () -> BotServer.portFrom(null, Map.of("PORT", "eighty")));
        assertThrows(IllegalArgumentException.class, () -> BotServer.portFrom(70000, Map.of()));
    }

    /** Jetty closes its listening socket as graceful stop begins; wait (up to 10 s) until it has. */
    private static void awaitRefusingConnections(int port) {
        for (int attempt = 0; attempt < 200; attempt++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                MetricsAndLogsTest.pause();
            } catch (ConnectException refused) {
                return;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("server kept accepting connections after stop began");
    }
}
