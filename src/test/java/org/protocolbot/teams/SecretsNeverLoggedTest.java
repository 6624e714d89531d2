package org.protocolbot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.protocolbot.CapturedLogs;
import org.protocolbot.TestBots;
import org.protocolbot.TestStores;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;
import org.protocolbot.delivery.RecordingScheduler;
import org.protocolbot.feedback.FeedbackStore;
import org.protocolbot.server.BotServer;
import org.protocolbot.server.ChatAdapterMount;
import org.protocolbot.server.ChatAdapters;

/**
 * Runs the server with the Teams adapter mounted and recognisable fake secrets in every secret setting, through
 * good requests and every kind of failure (bad JSON, unknown paths, forged and expired Teams tokens, a token
 * endpoint that refuses the password, a Bot Connector that fails), capturing everything logged (every logback event
 * with its stack trace and MDC, at DEBUG for our own code) and everything written to stdout and stderr. No secret
 * may appear anywhere in it: not the settings' secrets, not the bot's access token, not the channel's bearer tokens.
 */
class SecretsNeverLoggedTest {

    @RegisterExtension
    static final WireMockExtension MICROSOFT = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final String REPLIES = BotFrameworkStandIn.SERVICE_PATH + "v3/conversations/[^/]+/activities/[^/]+";
    private static final Map<String, String> SECRET_SETTINGS = Map.of(
            "SLACK_BOT_TOKEN", "xoxb-FAKE-SECRET-slack-bot-7Qz",
            "SLACK_SIGNING_SECRET", "FAKE-SECRET-signing-3Kp",
            "SLACK_APP_TOKEN", "xapp-FAKE-SECRET-app-9Lm",
            "MICROSOFT_APP_PASSWORD", BotFrameworkStandIn.APP_PASSWORD,
            "PROTOCOL_ADMIN_TOKEN", "FAKE-SECRET-admin-5Rt",
            "PROTOCOL_DATABASE_URL", "jdbc:postgresql://db/protocol?user=bot&password=FAKE-SECRET-db-2Wv");

    private final BotFrameworkStandIn microsoft = new BotFrameworkStandIn(MICROSOFT);
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> secrets = new ArrayList<>(SECRET_SETTINGS.values());

    @Test
    void noSecretAppearsInAnyLogLineStackTraceOrConsoleOutput() {
        secrets.add("FAKE-SECRET");
        secrets.add(BotFrameworkStandIn.BOT_TOKEN);
        try (CapturedLogs output = CapturedLogs.everything()) {
            exerciseEverything();

            String logged = output.logged();
            // The control: the failures really were logged, with their stack traces, so the absence below means something.
            assertTrue(logged.contains("Teams turn failed [ref="), "the turn failures were logged");
            assertTrue(logged.contains("invalid_client"), "the token endpoint's refusal was logged");
            assertTrue(logged.contains("Rejected a Teams request"), "the forged token was logged");
            assertTrue(logged.contains("Teams reply failed (HTTP 500)"), "the retries were logged");
            assertTrue(logged.contains("\tat "), "stack traces were captured");
            assertTrue(output.console().contains("protocol-bot listening on port"), "the console was captured");
            output.assertNoneOf(secrets);
        }
    }

    private void exerciseEverything() {
        microsoft.stubMicrosoft();
        Map<String, String> env = new HashMap<>(SECRET_SETTINGS);
        env.put("MICROSOFT_APP_ID", BotFrameworkStandIn.APP_ID);
        Settings settings = Settings.fromEnv(env);
        ProtocolBot bot = TestBots.shared();
        // Retry pauses run at once here: this test is about what is logged, not about waiting.
        RecordingScheduler scheduler = new RecordingScheduler();
        FeedbackStore feedback = TestStores.temporary();
        TeamsAdapter teams = new TeamsAdapter(bot, settings, microsoft.endpoints(), feedback,
                TeamsRetry.scheduledBy(scheduler));
        BotServer server = BotServer.start(bot, settings, 0, new ChatAdapters(
                List.of(new ChatAdapterMount("teams", "/api/messages", teams.messagesHandler())), List.of()), feedback);
        try {
            String base = "http://127.0.0.1:" + server.port();
            assertEquals(200, send(base + "/api/ask", "{\"question\": \"Can officers attend party group meetings?\"}", null));
            assertEquals(400, send(base + "/api/ask", "{\"question\": ", null));
            assertEquals(404, send(base + "/no-such-page", "{}", null));
            assertEquals(200, send(base + "/metrics", null, null));

            assertEquals(200, teams(base, "leeds 7.4", microsoft.channelToken()));
            assertEquals(401, teams(base, "leeds 7.4", microsoft.channelToken(BotFrameworkStandIn.APP_ID,
                    microsoft.serviceUrl(), Duration.ofHours(1), BotFrameworkStandIn.foreignKey())));
            assertEquals(401, teams(base, "leeds 7.4", microsoft.channelToken(BotFrameworkStandIn.APP_ID,
                    microsoft.serviceUrl(), Duration.ofHours(-1), BotFrameworkStandIn.channelPrivateKey())));

            MICROSOFT.stubFor(post(urlPathMatching(REPLIES)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(503)).willSetStateTo("down"));
            MICROSOFT.stubFor(post(urlPathMatching(REPLIES)).inScenario("flaky").whenScenarioStateIs("down")
                    .willReturn(aResponse().withStatus(500).withBody("{\"error\": {\"code\": \"ServiceError\"}}")));
            assertEquals(200, teams(base, "kirklees 6.3", microsoft.channelToken()));
        } finally {
            server.stop();
            scheduler.shutdownNow();
        }
        // A fresh adapter has no bot token yet, so it asks the token endpoint, which now refuses the password.
        MICROSOFT.resetAll();
        microsoft.stubMicrosoft();
        MICROSOFT.stubFor(post(urlPathMatching(".*/oauth2/v2.0/token")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"invalid_client\", \"error_description\": \"AADSTS7000215: Invalid client secret provided.\"}")));
        FeedbackStore refusedFeedback = TestStores.temporary();
        TeamsAdapter refused = new TeamsAdapter(bot, settings, microsoft.endpoints(), refusedFeedback);
        try (TeamsServer teamsServer = new TeamsServer(refused)) {
            String token = microsoft.channelToken();
            secrets.add(token);
            teamsServer.post(TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000003", "leeds 7.4"),
                    Optional.of(token));
        } finally {
            refusedFeedback.close();
        }
    }

    private int activityIds;

    private int teams(String base, String text, String token) {
        secrets.add(token);
        // A fresh activity id each time: a repeated id is a redelivery, answered once.
        return send(base + "/api/messages", TeamsActivities.personalMessage(microsoft.serviceUrl(),
                Long.toString(1700000000001L + activityIds++), text), token);
    }

    private int send(String url, String body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (Exception e) {
            throw new AssertionError("request to " + url + " failed", e);
        }
    }
}
