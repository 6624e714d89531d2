package org.protocolbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolbot.CapturedLogs;
import org.protocolbot.TestBots;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.delivery.RecordingScheduler;

/**
 * The Slack adapter through good requests and every kind of failure (forged, stale and future-dated signatures,
 * the core failing, Slack rate-limiting and failing the Web API and response_urls), with everything logged and
 * printed captured: neither the bot token nor the signing secret appears anywhere in it.
 */
class SlackSecretsNeverLoggedTest {

    private static final List<String> SECRETS = List.of(SlackTestRig.BOT_TOKEN, SlackTestRig.SIGNING_SECRET);

    @Test
    void neitherTheBotTokenNorTheSigningSecretIsEverLoggedOrPrinted() {
        RecordingScheduler scheduler = new RecordingScheduler();
        try (CapturedLogs output = CapturedLogs.everything()) {
            try (SlackTestRig rig = SlackTestRig.retrying(TestBots.shared(), SlackRetry.scheduledBy(scheduler))) {
                exerciseSlack(rig);
            }
            ProtocolBot broken = TestBots.failingAnswers(TestBots.shared(), "model file unreadable");
            try (SlackTestRig rig = SlackTestRig.retrying(broken, SlackRetry.scheduledBy(scheduler))) {
                assertEquals(200, rig.slashCommand("/protocol", "can I attend a party group meeting?", "broken").statusCode());
            }

            String logged = output.logged();
            // The control: each failure was logged, with stack traces, so the absence below means something.
            assertTrue(logged.contains("Rejected a Slack request"), "the forged signatures were logged");
            assertTrue(logged.contains("Slack reply failed (HTTP 429)"), "the rate limit was logged");
            assertTrue(logged.contains("Slack reply failed (HTTP 503"), "the server errors were logged");
            assertTrue(logged.contains("model file unreadable"), "the core's failure was logged");
            assertTrue(logged.contains("\tat "), "stack traces were captured");
            output.assertNoneOf(SECRETS);
        } finally {
            scheduler.shutdownNow();
        }
    }

    private static void exerciseSlack(SlackTestRig rig) {
        assertEquals(200, rig.slashCommand("/protocol", "leeds 7.4", "good").statusCode());
        String body = "command=%2Fprotocol&text=6.3";
        long now = Instant.now().getEpochSecond();
        assertEquals(401, rig.send("application/x-www-form-urlencoded", body, now,
                SlackSigning.sign("forged-secret", now, body), Map.of()).statusCode());
        assertEquals(401, rig.send("application/x-www-form-urlencoded", body, now - 600,
                SlackSigning.sign(SlackTestRig.SIGNING_SECRET, now - 600, body), Map.of()).statusCode());
        assertEquals(401, rig.send("application/x-www-form-urlencoded", body, now + 600,
                SlackSigning.sign(SlackTestRig.SIGNING_SECRET, now + 600, body), Map.of()).statusCode());

        rig.slack.stubFor(post(urlEqualTo("/api/chat.postMessage")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "1")));
        mention(rig, "1700009000.000100");
        rig.slack.stubFor(post(urlEqualTo("/api/chat.postMessage")).willReturn(okJson("{\"ok\":false,\"error\":\"invalid_auth\"}")));
        mention(rig, "1700009000.000200");
        rig.slack.stubFor(post(urlEqualTo("/response/down")).willReturn(aResponse().withStatus(503).withBody("service_unavailable")));
        assertEquals(200, rig.slashCommand("/protocol", "leeds 7.4", "down").statusCode());
    }

    private static void mention(SlackTestRig rig, String ts) {
        rig.event(SlackTestRig.eventCallback("Ev" + ts, "{\"type\":\"app_mention\",\"channel\":\"" + SlackTestRig.CHANNEL
                + "\",\"user\":\"" + SlackTestRig.USER + "\",\"text\":\"<@" + SlackTestRig.BOT_USER + "> leeds 7.4\","
                + "\"ts\":\"" + ts + "\"}"), Map.of());
    }
}
