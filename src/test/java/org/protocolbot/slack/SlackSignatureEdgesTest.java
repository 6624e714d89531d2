package org.protocolbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The edges of Slack's request signing that SlackRequestVerificationTest leaves out: no signature at all, a
 * timestamp from the future (the replay window runs both ways), another signature version, a timestamp that is not
 * a number, and a signed request replayed unchanged inside the window, which is answered only once.
 */
class SlackSignatureEdgesTest {

    @RegisterExtension
    static final SlackTestRig rig = SlackTestRig.perClass("kirklees");

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void aRequestWithoutSignatureHeadersIsRejected() {
        HttpResponse<String> response = rig.sendWithHeaders(FORM, commandBody(), Map.of());

        assertEquals(401, response.statusCode());
        assertEquals("", rig.everythingSent());
    }

    @Test
    void aTimestampSixMinutesInTheFutureIsOutsideTheWindow() {
        long future = Instant.now().getEpochSecond() + 6 * 60;
        HttpResponse<String> response = rig.send(FORM, commandBody(), future,
                SlackSigning.sign(SlackTestRig.SIGNING_SECRET, future, commandBody()), Map.of());

        assertEquals(401, response.statusCode());
        assertEquals("", rig.everythingSent());
    }

    @Test
    void anotherSignatureVersionIsRejected() {
        long now = Instant.now().getEpochSecond();
        String v0 = SlackSigning.sign(SlackTestRig.SIGNING_SECRET, now, commandBody());
        HttpResponse<String> response = rig.send(FORM, commandBody(), now, "v1=" + v0.substring(3), Map.of());

        assertEquals(401, response.statusCode());
        assertEquals("", rig.everythingSent());
    }

    @Test
    void aTimestampThatIsNotANumberIsRejected() {
        HttpResponse<String> response = rig.sendWithHeaders(FORM, commandBody(), Map.of(
                "X-Slack-Request-Timestamp", "yesterday",
                "X-Slack-Signature", SlackSigning.sign(SlackTestRig.SIGNING_SECRET, 0, commandBody())));

        assertEquals(401, response.statusCode());
        assertEquals("", rig.everythingSent());
    }

    @Test
    void aSignedMentionReplayedUnchangedInsideTheWindowIsAnsweredOnce() {
        String body = SlackTestRig.eventCallback("EvReplay", "{\"type\":\"app_mention\",\"channel\":\"" + SlackTestRig.CHANNEL
                + "\",\"user\":\"" + SlackTestRig.USER + "\",\"text\":\"<@" + SlackTestRig.BOT_USER + "> leeds 7.4\","
                + "\"ts\":\"1700008000.000100\"}");
        long now = Instant.now().getEpochSecond();
        String signature = SlackSigning.sign(SlackTestRig.SIGNING_SECRET, now, body);

        HttpResponse<String> first = rig.send("application/json", body, now, signature, Map.of());
        HttpResponse<String> replay = rig.send("application/json", body, now, signature, Map.of());

        assertEquals(200, first.statusCode());
        assertEquals(200, replay.statusCode(), "acknowledged, so Slack stops resending");
        assertEquals(1, rig.postedMessages().size(), "but answered once");
    }

    @Test
    void theWindowIsFiveMinutesEitherWay() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        assertEquals(List.of(true, true, true, false, false, false, false), Stream.of("1700000000", "1699999700", "1700000300",
                        "1699999699", "1700000301", "", "1.7e9")
                .map(timestamp -> BoltHttpHandler.withinReplayWindow(timestamp, now)).toList());
        assertEquals(false, BoltHttpHandler.withinReplayWindow(null, now));
    }

    private static String commandBody() {
        return "team_id=" + SlackTestRig.TEAM + "&channel_id=" + SlackTestRig.CHANNEL + "&user_id=" + SlackTestRig.USER
                + "&command=%2Fprotocol&text=6.3&response_url="
                + URLEncoder.encode(rig.responseUrl("edges"), StandardCharsets.UTF_8) + "&trigger_id=1.2.3";
    }
}
