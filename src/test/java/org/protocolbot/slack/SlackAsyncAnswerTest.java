package org.protocolbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;

/**
 * The production wiring: the adapter's own answer threads. Bolt's response is the bare acknowledgement Slack
 * needs within three seconds; the answer reaches Slack afterwards.
 */
class SlackAsyncAnswerTest {

    private static SlackTestRig rig;

    @BeforeAll
    static void start() {
        rig = SlackTestRig.start(TestBots.shared(), "kirklees", null);
    }

    @AfterAll
    static void stop() {
        rig.close();
    }

    @Test
    void slashCommandIsAcknowledgedEmptyThenAnsweredThroughResponseUrl() throws InterruptedException {
        HttpResponse<String> ack = rig.slashCommand("/protocol", "6.3", "async");

        assertEquals(200, ack.statusCode());
        assertEquals("", ack.body());
        List<JsonNode> posts = eventually(() -> rig.responseUrlPosts("async"));
        assertEquals(1, posts.size());
        assertEquals("ephemeral", posts.get(0).get("response_type").asText());
        assertTrue(posts.get(0).get("text").asText().startsWith("From the Kirklees Council protocol:"));
    }

    @Test
    void mentionIsAcknowledgedThenAnsweredInThread() throws InterruptedException {
        HttpResponse<String> ack = rig.event(SlackTestRig.eventCallback("EvA1", "{\"type\":\"app_mention\",\"channel\":\""
                + SlackTestRig.CHANNEL + "\",\"user\":\"" + SlackTestRig.USER + "\",\"text\":\"<@" + SlackTestRig.BOT_USER
                + "> leeds 7.4\",\"ts\":\"1700004000.000100\"}"), Map.of());

        assertEquals(200, ack.statusCode());
        List<Map<String, String>> posts = eventually(rig::postedMessages);
        assertEquals(1, posts.size());
        assertEquals("1700004000.000100", posts.get(0).get("thread_ts"));
    }

    /** Waits for the background answer; a generous bound, not a timing assertion. */
    private static <T> List<T> eventually(Supplier<List<T>> seen) throws InterruptedException {
        for (int i = 0; i < 400 && seen.get().isEmpty(); i++) {
            Thread.sleep(50);
        }
        return seen.get();
    }
}
