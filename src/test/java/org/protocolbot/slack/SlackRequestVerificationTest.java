package org.protocolbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.protocolbot.CapturedLogs;

/** Only requests signed with the workspace's signing secret, within five minutes, get through Bolt. */
class SlackRequestVerificationTest {

    @RegisterExtension
    static final SlackTestRig rig = SlackTestRig.perClass("kirklees");

    @Test
    void badSignatureIsRejectedWith401AndAnswersNothing() {
        String body = commandBody();
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> response;
        try (CapturedLogs log = CapturedLogs.start()) {
            response = rig.send("application/x-www-form-urlencoded", body, now,
                    SlackSigning.sign("some-other-secret", now, body), Map.of());
            assertTrue(log.lines().stream().anyMatch(line -> line.contains("check SLACK_SIGNING_SECRET and the server clock")),
                    "the operator is told what to check");
        }

        assertEquals(401, response.statusCode());
        assertEquals("", rig.everythingSent(), "nothing reached Slack");
    }

    @Test
    void bodyChangedAfterSigningIsRejected() {
        long now = Instant.now().getEpochSecond();
        String signature = SlackSigning.sign(SlackTestRig.SIGNING_SECRET, now, commandBody());

        HttpResponse<String> response = rig.send("application/x-www-form-urlencoded", commandBody().replace("6.3", "7.4"),
                now, signature, Map.of());

        assertEquals(401, response.statusCode());
    }

    @Test
    void correctlySignedButStaleTimestampIsRejected() {
        HttpResponse<String> response = commandSignedSecondsAgo(6 * 60);

        assertEquals(401, response.statusCode());
        assertEquals("", rig.everythingSent());
    }

    @Test
    void correctlySignedRecentRequestIsAccepted() {
        HttpResponse<String> response = commandSignedSecondsAgo(4 * 60);

        assertEquals(200, response.statusCode());
        assertEquals(1, rig.responseUrlPosts("verified").size());
    }

    @Test
    void urlVerificationChallengeIsEchoedWhenSigned() {
        HttpResponse<String> response = rig.event("{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}", Map.of());

        assertEquals(200, response.statusCode());
        assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", response.body());
    }

    @Test
    void interactivePayloadMissingWhatSlackAlwaysSendsIs400NotAServerError() {
        // Signed, so it passes the signature check that now comes first, but missing what Bolt needs.
        HttpResponse<String> response = rig.signedPost("application/x-www-form-urlencoded",
                "payload=%7B%22type%22%3A%22block_actions%22%7D", Map.of());

        assertEquals(400, response.statusCode());
        assertEquals("Invalid request", response.body());
        assertTrue(rig.everythingSent().isEmpty());
    }

    @Test
    void unrecognisedBodyIs400() {
        HttpResponse<String> response = rig.signedPost("application/x-www-form-urlencoded", "hello=world", Map.of());

        assertEquals(400, response.statusCode());
        assertTrue(rig.everythingSent().isEmpty());
    }

    private static HttpResponse<String> commandSignedSecondsAgo(long seconds) {
        String body = commandBody();
        long timestamp = Instant.now().getEpochSecond() - seconds;
        return rig.send("application/x-www-form-urlencoded", body, timestamp,
                SlackSigning.sign(SlackTestRig.SIGNING_SECRET, timestamp, body), Map.of());
    }

    private static String commandBody() {
        return "team_id=" + SlackTestRig.TEAM + "&channel_id=" + SlackTestRig.CHANNEL + "&user_id=" + SlackTestRig.USER
                + "&command=%2Fprotocol&text=6.3&response_url="
                + URLEncoder.encode(rig.responseUrl("verified"), StandardCharsets.UTF_8) + "&trigger_id=1.2.3";
    }
}
