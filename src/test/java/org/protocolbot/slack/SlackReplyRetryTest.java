package org.protocolbot.slack;

import org.protocolbot.chat.Wording;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;
import org.protocolbot.delivery.RecordingScheduler;

/**
 * Slack's Web API and response_url failing while the bot replies: 429 with Retry-After, 5xx, ratelimited and
 * dropped connections are retried with the recorded backoff and the answer is delivered, not lost; what Slack
 * refuses for good ends in the apology, as before.
 */
class SlackReplyRetryTest {

    private static final String POST_MESSAGE = "/api/chat.postMessage";
    private static final String RESPONSE_URL = "/response/cmd";

    private final RecordingScheduler scheduler = new RecordingScheduler();
    private SlackTestRig rig;

    @BeforeEach
    void start() {
        rig = SlackTestRig.retrying(TestBots.shared(), SlackRetry.scheduledBy(scheduler));
    }

    @AfterEach
    void stop() {
        rig.close();
        scheduler.shutdownNow();
    }

    @Test
    void aRateLimitedThreadReplyIsSentAgainAfterTheRetryAfterSlackAsksFor() {
        slackAnswers(POST_MESSAGE, aResponse().withStatus(429).withHeader("Retry-After", "3"));

        mention("leeds 7.4");

        assertEquals(List.of(Duration.ofSeconds(3)), scheduler.pauses());
        assertThreadReplyDeliveredAfter(1);
    }

    @Test
    void serverErrorsFromTheWebApiAreRetriedWithDoublingPauses() {
        slackAnswers(POST_MESSAGE, aResponse().withStatus(503), aResponse().withStatus(502));

        mention("leeds 7.4");

        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), scheduler.pauses());
        assertThreadReplyDeliveredAfter(2);
    }

    @Test
    void okFalseRatelimitedIsRetried() {
        slackAnswers(POST_MESSAGE, okJson("{\"ok\":false,\"error\":\"ratelimited\"}"));

        mention("leeds 7.4");

        assertEquals(List.of(Duration.ofSeconds(1)), scheduler.pauses());
        assertThreadReplyDeliveredAfter(1);
    }

    @Test
    void droppedConnectionsAreRetried() {
        ResponseDefinitionBuilder reset = aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
        slackAnswers(POST_MESSAGE, reset, reset, reset);

        mention("leeds 7.4");

        // OkHttp may itself repeat a request once on a reused connection, so the number of our pauses varies;
        // what they are does not, and the answer arrives.
        List<Duration> pauses = scheduler.pauses();
        assertTrue(!pauses.isEmpty() && pauses.size() <= 3, pauses::toString);
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)).subList(0, pauses.size()), pauses);
        List<Map<String, String>> posts = rig.postedMessages();
        assertEquals(4, posts.size(), "three dropped, one delivered");
        assertTrue(posts.get(3).get("text").startsWith("From the Leeds City Council protocol:"));
    }

    @Test
    void aRateLimitedOrFailingResponseUrlIsSentAgainAndTheAnswerArrives() {
        slackAnswers(RESPONSE_URL, aResponse().withStatus(429).withBody("rate_limited"), aResponse().withStatus(500));

        rig.slashCommand("leeds 7.4");

        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), scheduler.pauses());
        List<JsonNode> posts = rig.responseUrlPosts("cmd");
        assertEquals(3, posts.size());
        for (JsonNode post : posts) {
            assertTrue(post.get("text").asText().startsWith("From the Leeds City Council protocol:"), post::toString);
        }
    }

    @Test
    void anExpiredResponseUrlIsNotRetried() {
        rig.slack.stubFor(post(urlEqualTo(RESPONSE_URL)).willReturn(aResponse().withStatus(404).withBody("expired_url")));

        rig.slashCommand("leeds 7.4");

        assertEquals(List.of(), scheduler.pauses());
        assertEquals(2, rig.responseUrlPosts("cmd").size(), "the answer and the apology, each once");
    }

    @Test
    void aRetryAfterLongerThanAMinuteIsNotWaitedForAndTheUserGetsTheApology() {
        slackAnswers(POST_MESSAGE, aResponse().withStatus(429).withHeader("Retry-After", "600"));

        mention("leeds 7.4");

        assertEquals(List.of(), scheduler.pauses());
        List<Map<String, String>> posts = rig.postedMessages();
        assertEquals(2, posts.size());
        assertTrue(posts.get(1).get("text").startsWith(Wording.failure("").substring(0, 20)), posts.get(1)::toString);
    }

    @Test
    void whenSlackStaysDownEveryAttemptIsMadeForTheAnswerAndThenForTheApology() {
        rig.slack.stubFor(post(urlEqualTo(RESPONSE_URL)).willReturn(aResponse().withStatus(503)));

        rig.slashCommand("leeds 7.4");

        List<Duration> backoff = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertEquals(List.of(backoff, backoff), List.of(scheduler.pauses().subList(0, 3), scheduler.pauses().subList(3, 6)));
        List<JsonNode> posts = rig.responseUrlPosts("cmd");
        assertEquals(8, posts.size());
        assertTrue(posts.get(3).get("text").asText().startsWith("From the Leeds City Council protocol:"));
        assertTrue(posts.get(4).get("text").asText().startsWith(Wording.failure("").substring(0, 20)));
    }

    /** Slack answers the given responses to the first calls, in order, then as the rig normally does. */
    private void slackAnswers(String path, ResponseDefinitionBuilder... first) {
        for (int i = 0; i < first.length; i++) {
            rig.slack.stubFor(post(urlEqualTo(path)).inScenario(path)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "after " + i)
                    .willReturn(first[i]).willSetStateTo("after " + (i + 1)));
        }
        ResponseDefinitionBuilder normal = path.equals(POST_MESSAGE)
                ? okJson("{\"ok\":true,\"channel\":\"" + SlackTestRig.CHANNEL + "\",\"ts\":\"1700000999.000100\"}")
                : WireMock.aResponse().withStatus(200).withBody("ok");
        rig.slack.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("after " + first.length)
                .willReturn(normal));
    }

    private void mention(String text) {
        rig.event(SlackTestRig.eventCallback("Ev" + System.nanoTime(), "{\"type\":\"app_mention\",\"channel\":\""
                + SlackTestRig.CHANNEL + "\",\"user\":\"" + SlackTestRig.USER + "\",\"text\":\"<@" + SlackTestRig.BOT_USER
                + "> " + text + "\",\"ts\":\"1700005000.000100\"}"), Map.of());
    }

    /** Every call carried the same answer, in the asker's thread, and no apology was needed. */
    private void assertThreadReplyDeliveredAfter(int failures) {
        List<Map<String, String>> posts = rig.postedMessages();
        assertEquals(failures + 1, posts.size(), "each failed call, then the one that got through");
        for (Map<String, String> post : posts) {
            assertEquals("1700005000.000100", post.get("thread_ts"));
            assertTrue(post.get("text").startsWith("From the Leeds City Council protocol:"), post::toString);
        }
        assertEquals(Optional.empty(), posts.stream().map(p -> p.get("text"))
                .filter(t -> t.startsWith(Wording.failure("").substring(0, 20))).findFirst());
    }
}
