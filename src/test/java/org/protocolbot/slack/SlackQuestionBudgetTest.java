package org.protocolbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.protocolbot.app.Setting;
import org.protocolbot.chat.Wording;

/**
 * Each Slack user has a budget of questions a minute ({@code PROTOCOL_QUESTIONS_PER_MINUTE}, kept by the shared
 * conversation step), through real Bolt with WireMock as Slack: past it, the user is asked politely to wait instead
 * of answered, with nothing to rate or share and nothing logged, while other users are answered as usual. The
 * budget is tiny here so the test can spend it; each test asks as a user of its own.
 */
class SlackQuestionBudgetTest {

    private static final int BUDGET = 2;
    private static final String GAP = "what is the weather forecast for the council car park tomorrow";

    @RegisterExtension
    static final SlackTestRig rig = SlackTestRig.perClass("kirklees",
            Map.of(Setting.PROTOCOL_QUESTIONS_PER_MINUTE.envName(), Integer.toString(BUDGET)));

    @Test
    void pastTheBudgetASlashCommandIsAskedToWaitWithoutAnswerButtonsOrLogEntry() {
        String user = "U0BUDGET1";
        for (int i = 0; i < BUDGET; i++) {
            rig.slashCommandAs(user, "/protocol", GAP, rig.responseUrl("within-" + i));
            assertFalse(reply("within-" + i).get("text").asText().contains(Wording.TOO_MANY_QUESTIONS));
        }
        int logged = logged();

        rig.slashCommandAs(user, "/protocol", GAP, rig.responseUrl("over"));

        JsonNode over = reply("over");
        assertEquals("ephemeral", over.get("response_type").asText(), "only the asker sees it");
        assertEquals(Wording.TOO_MANY_QUESTIONS, over.get("text").asText());
        assertEquals(List.of(), actionBlocks(over), "no feedback buttons and no 'Post to channel'");
        assertEquals(logged, logged(), "the question was not worked out, so not logged");

        rig.slashCommandAs("U0SOMEONE", "/protocol", GAP, rig.responseUrl("someone-else"));
        assertFalse(actionBlocks(reply("someone-else")).isEmpty(), "another user is answered, with buttons");
    }

    @Test
    void mentionsAndCommandsShareOneBudgetPerUser() {
        String user = "U0BUDGET2";
        for (int i = 0; i < BUDGET; i++) {
            rig.slashCommandAs(user, "/protocol", "6.3", rig.responseUrl("command-" + i));
        }

        rig.event(SlackTestRig.eventCallback("EvBudget", "{\"type\":\"app_mention\",\"channel\":\"" + SlackTestRig.CHANNEL
                + "\",\"user\":\"" + user + "\",\"text\":\"<@" + SlackTestRig.BOT_USER + "> 6.3\","
                + "\"ts\":\"1700000900.000100\",\"event_ts\":\"1700000900.000100\"}"), Map.of());

        List<Map<String, String>> posted = rig.postedMessages();
        assertEquals(1, posted.size(), posted.toString());
        assertEquals(Wording.TOO_MANY_QUESTIONS, posted.get(0).get("text"));
        assertEquals("1700000900.000100", posted.get(0).get("thread_ts"), "in the thread, as any reply");
    }

    private static JsonNode reply(String responseUrlName) {
        List<JsonNode> posts = rig.responseUrlPosts(responseUrlName);
        assertEquals(1, posts.size(), posts.toString());
        return posts.get(0);
    }

    private static List<JsonNode> actionBlocks(JsonNode message) {
        List<JsonNode> actions = new java.util.ArrayList<>();
        message.get("blocks").forEach(block -> {
            if ("actions".equals(block.get("type").asText())) {
                actions.add(block);
            }
        });
        assertTrue(message.get("blocks").size() > 0, message.toString());
        return actions;
    }

    private static int logged() {
        return rig.feedback.questionsSince(Instant.EPOCH).size();
    }
}
