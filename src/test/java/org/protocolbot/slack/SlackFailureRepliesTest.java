package org.protocolbot.slack;

import org.protocolbot.CapturedLogs;
import org.protocolbot.chat.Wording;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;
import org.protocolbot.app.ProtocolBot;

/** When the core or Slack fails, the user gets a friendly message with a reference; the log gets the rest. */
class SlackFailureRepliesTest {

    private static final Pattern APOLOGY = Pattern.compile(
            Pattern.quote(Wording.failure("REF")).replace("REF", "\\E([0-9a-f]{8})\\Q"));

    private CapturedLogs log;
    private SlackTestRig rig;

    @BeforeEach
    void captureLog() {
        log = CapturedLogs.start();
    }

    @AfterEach
    void stop() {
        log.close();
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void coreFailureGivesAFriendlyPrivateMessageAndALoggedReference() {
        ProtocolBot broken = TestBots.failingAnswers(TestBots.shared(), "model file unreadable");
        rig = SlackTestRig.start(broken, "kirklees");

        HttpResponse<String> ack = rig.slashCommand("/protocol", "can I attend a party group meeting?", "broken");

        assertEquals(200, ack.statusCode());
        JsonNode reply = single(rig.responseUrlPosts("broken"));
        assertEquals("ephemeral", reply.get("response_type").asText());
        String reference = reference(reply.get("text").asText());
        assertFalse(reply.toString().contains("model file unreadable"), "no internals in chat");
        assertLogged(reference, "model file unreadable");
    }

    @Test
    void rejectedResponseUrlPostIsFollowedByAnApology() {
        rig = SlackTestRig.start(TestBots.shared(), "kirklees");
        rig.slack.stubFor(post(urlEqualTo("/response/flaky")).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(400).withBody("invalid_blocks")).willSetStateTo("recovered"));
        rig.slack.stubFor(post(urlEqualTo("/response/flaky")).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withBody("ok")));

        rig.slashCommand("/protocol", "6.3", "flaky");

        List<JsonNode> posts = rig.responseUrlPosts("flaky");
        assertEquals(2, posts.size(), "the answer, then the apology");
        assertTrue(posts.get(0).get("text").asText().startsWith("From the Kirklees Council protocol:"));
        assertEquals("ephemeral", posts.get(1).get("response_type").asText());
        assertLogged(reference(posts.get(1).get("text").asText()), "invalid_blocks");
    }

    @Test
    void failedThreadReplyIsFollowedByAnApologyInTheSameThreadAndTokensNeverLogged() {
        rig = SlackTestRig.start(TestBots.shared(), "kirklees");
        rig.slack.stubFor(post(urlEqualTo("/api/chat.postMessage")).inScenario("post").whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"ok\":false,\"error\":\"msg_too_long\"}")).willSetStateTo("recovered"));
        rig.slack.stubFor(post(urlEqualTo("/api/chat.postMessage")).inScenario("post").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C0CHANNEL\",\"ts\":\"1.2\"}")));

        rig.event(SlackTestRig.eventCallback("EvF1", "{\"type\":\"app_mention\",\"channel\":\"" + SlackTestRig.CHANNEL
                + "\",\"user\":\"" + SlackTestRig.USER + "\",\"text\":\"<@" + SlackTestRig.BOT_USER + "> 6.3\","
                + "\"ts\":\"1700002000.000100\"}"), Map.of());

        List<Map<String, String>> posts = rig.postedMessages();
        assertEquals(2, posts.size());
        assertEquals("1700002000.000100", posts.get(1).get("thread_ts"));
        assertLogged(reference(posts.get(1).get("text")), "msg_too_long");
        for (String logged : log.lines()) {
            assertFalse(logged.contains(SlackTestRig.BOT_TOKEN), "token logged: " + logged);
            assertFalse(logged.contains(SlackTestRig.SIGNING_SECRET), "signing secret logged: " + logged);
        }
    }

    private static String reference(String text) {
        Matcher matcher = APOLOGY.matcher(text);
        assertTrue(matcher.matches(), "friendly message with a reference: " + text);
        return matcher.group(1);
    }

    private void assertLogged(String reference, String detail) {
        assertTrue(log.lines().stream().anyMatch(line -> line.contains("[ref " + reference + "]") && line.contains(detail)),
                "log has reference " + reference + " with the detail");
    }

    private static JsonNode single(List<JsonNode> posts) {
        assertEquals(1, posts.size(), "exactly one reply: " + posts);
        return posts.get(0);
    }
}
