package org.protocolbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolbot.surface.ReplicaProcess;

/**
 * Two server processes on one PostgreSQL (PROTOCOL_TEST_POSTGRES_URL; skipped without it), both given the same
 * signed Slack event, as when Slack retries an event and the load balancer sends the retry to the other replica:
 * one reply reaches Slack (WireMock).
 */
class SlackTwoReplicasTest {

    @Test
    void theSameEventDeliveredToTwoReplicasIsAnsweredOnce() throws Exception {
        String base = System.getenv(ReplicaProcess.POSTGRES);
        assumeTrue(base != null && !base.isBlank(), ReplicaProcess.POSTGRES + " is not set: no PostgreSQL to test against");
        WireMockServer slack = new WireMockServer(options().dynamicPort());
        slack.start();
        SlackTestRig.stubSlack(slack);
        String schema = ReplicaProcess.newSchemaName();
        String url = ReplicaProcess.schemaUrl(base.strip(), schema);
        Map<String, String> env = Map.of("SLACK_BOT_TOKEN", SlackTestRig.BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SlackTestRig.SIGNING_SECRET, "SLACK_API_URL", slack.baseUrl() + "/api/",
                "PROTOCOL_DATABASE_URL", url, "PROTOCOL_DEFAULT_COUNCIL", "kirklees");
        try (ReplicaProcess one = ReplicaProcess.start(env); ReplicaProcess two = ReplicaProcess.start(env)) {
            String event = SlackTestRig.eventCallback("Ev0FLEET", "{\"type\":\"app_mention\",\"channel\":\""
                    + SlackTestRig.CHANNEL + "\",\"user\":\"" + SlackTestRig.USER + "\",\"text\":\"<@" + SlackTestRig.BOT_USER
                    + "> 6.3\",\"ts\":\"1700009000.000100\",\"event_ts\":\"1700009000.000100\"}");
            long now = Instant.now().getEpochSecond();
            Map<String, String> signed = Map.of("X-Slack-Request-Timestamp", Long.toString(now),
                    "X-Slack-Signature", SlackSigning.sign(SlackTestRig.SIGNING_SECRET, now, event));

            assertEquals(200, one.post("/slack/events", "application/json", event, signed).statusCode(), one.output());
            Map<String, String> retry = new java.util.HashMap<>(signed);
            retry.put("X-Slack-Retry-Num", "1");
            retry.put("X-Slack-Retry-Reason", "http_timeout");
            assertEquals(200, two.post("/slack/events", "application/json", event, retry).statusCode(), two.output());

            long deadline = System.currentTimeMillis() + 20_000;
            while (postMessages(slack) == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(2_000); // time for a second, wrong, reply to arrive too
            assertEquals(1, postMessages(slack), one.output() + two.output());
        } finally {
            slack.stop();
            ReplicaProcess.drop(base.strip(), schema);
        }
    }

    private static int postMessages(WireMockServer slack) {
        return slack.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))).size();
    }
}
