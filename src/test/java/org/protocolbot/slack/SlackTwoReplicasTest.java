package org.protocolbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocolbot.chat.Wording;
import org.protocolbot.surface.ReplicaProcess;
import org.protocolbot.surface.TestPostgres;

/**
 * Two server processes on one PostgreSQL (PROTOCOL_TEST_POSTGRES_URL; skipped without it), with WireMock as Slack:
 * the same signed event given to both, as when Slack retries an event and the load balancer sends the retry to the
 * other replica, gets one reply; and a user whose questions are spread over both replicas has one budget.
 */
class SlackTwoReplicasTest {

    private WireMockServer slack;

    @BeforeEach
    void startSlack() {
        slack = new WireMockServer(options().dynamicPort());
        slack.start();
        SlackTestRig.stubSlack(slack);
    }

    @AfterEach
    void stopSlack() {
        slack.stop();
    }

    @Test
    void theSameEventDeliveredToTwoReplicasIsAnsweredOnce() throws Exception {
        try (TestPostgres postgres = TestPostgres.freshSchemaOrSkip();
                ReplicaProcess one = ReplicaProcess.start(env(postgres, "120"));
                ReplicaProcess two = ReplicaProcess.start(env(postgres, "120"))) {
            String event = mention("Ev0FLEET", SlackTestRig.USER, "1700009000.000100");

            assertEquals(200, one.post("/slack/events", "application/json", event, signed(event)).statusCode(),
                    one.output());
            Map<String, String> retry = new HashMap<>(signed(event));
            retry.put("X-Slack-Retry-Num", "1");
            retry.put("X-Slack-Retry-Reason", "http_timeout");
            assertEquals(200, two.post("/slack/events", "application/json", event, retry).statusCode(), two.output());

            awaitPosts(1);
            Thread.sleep(2_000); // time for a second, wrong, reply to arrive too
            assertEquals(1, posts().size(), one.output() + two.output());
        }
    }

    @Test
    void aUserWhoseQuestionsGoToBothReplicasHasOneBudgetBetweenThem() throws Exception {
        try (TestPostgres postgres = TestPostgres.freshSchemaOrSkip();
                ReplicaProcess one = ReplicaProcess.start(env(postgres, "2"));
                ReplicaProcess two = ReplicaProcess.start(env(postgres, "2"))) {
            // Three questions from one user, the load balancer alternating replicas; each replica alone has seen
            // at most two, so only a shared budget can hold back the third.
            List<ReplicaProcess> route = List.of(one, two, one);
            ReplicaProcess.awaitMostOfAMinuteLeft();
            for (int i = 0; i < route.size(); i++) {
                String event = mention("Ev0BUDGET" + i, SlackTestRig.USER, "17000091" + i + "0.000100");
                assertEquals(200, route.get(i).post("/slack/events", "application/json", event, signed(event))
                        .statusCode(), route.get(i).output());
                awaitPosts(i + 1);
            }
            String other = mention("Ev0OTHER", "U0SOMEONEELSE", "1700009200.000100");
            assertEquals(200, two.post("/slack/events", "application/json", other, signed(other)).statusCode());
            List<String> texts = awaitPosts(4).stream().map(post -> SlackTestRig.formFields(post).get("text")).toList();

            assertFalse(texts.get(0).contains(Wording.TOO_MANY_QUESTIONS), texts.get(0));
            assertFalse(texts.get(1).contains(Wording.TOO_MANY_QUESTIONS), texts.get(1));
            assertTrue(texts.get(2).contains(Wording.TOO_MANY_QUESTIONS), "the third question: " + texts.get(2));
            assertFalse(texts.get(3).contains(Wording.TOO_MANY_QUESTIONS), "another user's budget: " + texts.get(3));
        }
    }

    private Map<String, String> env(TestPostgres postgres, String questionsPerMinute) {
        return Map.of("SLACK_BOT_TOKEN", SlackTestRig.BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SlackTestRig.SIGNING_SECRET, "SLACK_API_URL", slack.baseUrl() + "/api/",
                "PROTOCOL_DATABASE_URL", postgres.url(), "PROTOCOL_DEFAULT_COUNCIL", "kirklees",
                "PROTOCOL_QUESTIONS_PER_MINUTE", questionsPerMinute);
    }

    private static String mention(String eventId, String user, String ts) {
        return SlackTestRig.eventCallback(eventId, "{\"type\":\"app_mention\",\"channel\":\"" + SlackTestRig.CHANNEL
                + "\",\"user\":\"" + user + "\",\"text\":\"<@" + SlackTestRig.BOT_USER + "> 6.3\",\"ts\":\"" + ts
                + "\",\"event_ts\":\"" + ts + "\"}");
    }

    private static Map<String, String> signed(String event) {
        long now = Instant.now().getEpochSecond();
        return Map.of("X-Slack-Request-Timestamp", Long.toString(now),
                "X-Slack-Signature", SlackSigning.sign(SlackTestRig.SIGNING_SECRET, now, event));
    }

    /** The replies so far, in the order Slack received them, once there are {@code count} (or after 20 s). */
    private List<LoggedRequest> awaitPosts(int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (posts().size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        return posts();
    }

    private List<LoggedRequest> posts() {
        return slack.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage")));
    }
}
