package org.protocolbot.slack;

import org.protocolbot.chat.Wording;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protocolbot.slack.SlackJson.context;
import static org.protocolbot.slack.SlackJson.feedbackButtons;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.protocolbot.Comparisons;
import org.protocolbot.TestBots;
import org.protocolbot.TestStores;
import org.protocolbot.answer.Answer;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.feedback.AnswerFeedback;
import org.protocolbot.feedback.AskedQuestion;
import org.protocolbot.feedback.StoredFeedback;

/**
 * The monitoring officer's loop in Slack, through real Bolt: "Helpful" / "Not helpful" clicks arrive as signed
 * block_actions requests and land in the feedback database, the thanks goes to the action's response_url
 * (WireMock), unanswered questions reach the opt-in question log, and {@code /protocol compare} puts the councils
 * side by side.
 */
class SlackFeedbackTest {

    @RegisterExtension
    static final SlackTestRig rig = SlackTestRig.perClass("kirklees");
    private static final ProtocolBot bot = TestBots.shared();
    private static final String QUESTION = "Can an officer attend a party group meeting?";

    @Test
    void notHelpfulClickIsStoredWithTheAnswersCitationsAndThankedPrivately() {
        String value = feedbackValue(QUESTION, "asked");

        HttpResponse<String> ack = rig.buttonClick(FeedbackButtons.NOT_HELPFUL, value, "thanks");

        assertEquals(200, ack.statusCode());
        assertEquals("", ack.body());
        ObjectNode thanks = SlackJson.responseUrlBody("ephemeral", Wording.THANKS,
                List.of(SlackJson.section(Wording.THANKS)));
        thanks.put("replace_original", false).put("delete_original", false);
        assertEquals(List.of(thanks), rig.responseUrlPosts("thanks"), "a new private message; the answer stays");

        Answer answer = bot.chat().respond(QUESTION, Optional.of("kirklees"), "/protocol ");
        StoredFeedback stored = onlyClick();
        AnswerFeedback click = stored.feedback();
        assertEquals(List.of(QUESTION, "answer", "kirklees", "slack", "false"),
                List.of(click.question(), click.outcome(), click.council().orElseThrow(), click.adapter(),
                        String.valueOf(click.helpful())));
        assertEquals(answer.citations(), click.citations());
        assertFalse(answer.citations().isEmpty());
    }

    @Test
    void theDatabaseKeepsOnlyASaltedHashOfTheSlackUser() {
        rig.buttonClick(FeedbackButtons.HELPFUL, feedbackValue("leeds 7.4", "lookup"), "hash");

        assertTrue(onlyClick().feedback().helpful());
        List<Map<String, String>> rows = TestStores.rows(rig.feedbackDir,
                "SELECT * FROM feedback WHERE question = 'leeds 7.4'");
        assertEquals(1, rows.size());
        assertFalse(rows.toString().contains(SlackTestRig.USER), "no raw user id in any column: " + rows);
        assertTrue(rows.get(0).get("user_hash").matches("[0-9a-f]{64}"), rows.get(0).toString());
        assertEquals(List.of(Map.of("clause_id", "leeds:7.4")), TestStores.rows(rig.feedbackDir,
                "SELECT c.clause_id FROM feedback_citation c JOIN feedback f ON f.id = c.feedback_id "
                        + "WHERE f.question = 'leeds 7.4'"));
    }

    @Test
    void aForgedOrStaleButtonValueIsNotStoredAndTheUserIsToldTheButtonsAreOutOfDate() {
        int before = rig.feedback.feedbackSince(Instant.EPOCH).size();

        HttpResponse<String> ack = rig.buttonClick(FeedbackButtons.HELPFUL, "{\"question\":\"made up\"}", "forged");

        assertEquals(200, ack.statusCode());
        JsonNode reply = rig.responseUrlPosts("forged").get(0);
        assertEquals(Wording.STALE_FEEDBACK, reply.get("text").asText(), reply.toString());
        assertEquals(before, rig.feedback.feedbackSince(Instant.EPOCH).size());
    }

    @Test
    void anUnsignedClickIsRejectedAndNothingIsStored() {
        int before = rig.feedback.feedbackSince(Instant.EPOCH).size();
        String body = rig.buttonClickBody(FeedbackButtons.HELPFUL, feedbackValue("leeds 7.4", "unsigned"), "unsigned-click");
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> response = rig.send("application/x-www-form-urlencoded", body, now,
                SlackSigning.sign("not-the-signing-secret", now, body), Map.of());

        assertEquals(401, response.statusCode());
        assertEquals(List.of(), rig.responseUrlPosts("unsigned-click"));
        assertEquals(before, rig.feedback.feedbackSince(Instant.EPOCH).size());
    }

    @Test
    void unansweredQuestionsReachTheQuestionLogButAnsweredOnesDoNot() {
        String gap = "what is the weather forecast for the council car park tomorrow";
        rig.slashCommand("/protocol", gap, "gap");
        rig.slashCommand("/protocol", QUESTION, "answered");

        List<AskedQuestion> logged = rig.feedback.questionsSince(Instant.EPOCH).stream()
                .filter(q -> q.question().equals(gap) || q.question().equals(QUESTION)).toList();
        assertEquals(1, logged.size(), logged.toString());
        assertEquals(List.of(gap, "no_match", "kirklees", "slack"), List.of(logged.get(0).question(),
                logged.get(0).outcome(), logged.get(0).council().orElseThrow(), logged.get(0).adapter()));
    }

    @Test
    void compareQuotesEachCouncilInIdOrderTheSameWayEveryTime() {
        rig.slashCommand("/protocol", "compare " + Comparisons.TOPIC, "compare-1");
        rig.slashCommand("/protocol", "compare " + Comparisons.TOPIC, "compare-2");

        JsonNode first = rig.responseUrlPosts("compare-1").get(0);
        assertEquals(first, rig.responseUrlPosts("compare-2").get(0), "deterministic");
        Answer expected = bot.answerer().compare(Comparisons.TOPIC);
        Comparisons.assertEveryCouncilOnceInIdOrder(bot.corpus(), expected);
        List<JsonNode> citations = new java.util.ArrayList<>();
        first.get("blocks").forEach(block -> {
            if (block.at("/elements/0/text").asText().startsWith(":bookmark: ")) {
                citations.add(block);
            }
        });
        assertEquals(expected.quotes().stream()
                .map(q -> context(":bookmark: " + SlackSlashCommandTest.escape(q.citation().label()))).toList(),
                citations, "one citation per quoted council, in council-id order");
        assertEquals(SlackSlashCommandTest.escape(expected.text()), first.get("text").asText());
        JsonNode blocks = first.get("blocks");
        assertEquals(feedbackButtons(SlackSlashCommandTest.feedbackFor(rig.feedback.signer(), "compare " + Comparisons.TOPIC)),
                blocks.get(blocks.size() - 2), "a comparison can be rated like any answer");
    }

    /** Asks through {@code /protocol} and returns the value the answer's feedback buttons carry. */
    private static String feedbackValue(String text, String responseUrlName) {
        rig.slashCommand("/protocol", text, responseUrlName);
        JsonNode blocks = rig.responseUrlPosts(responseUrlName).get(0).get("blocks");
        JsonNode buttons = blocks.get(blocks.size() - 2);
        assertEquals(feedbackButtons(SlackSlashCommandTest.feedbackFor(rig.feedback.signer(), text)), buttons);
        return buttons.at("/elements/0/value").asText();
    }

    /** The one click this test made: the rig's store is shared by the class, so find it by question. */
    private static StoredFeedback onlyClick() {
        List<StoredFeedback> all = rig.feedback.feedbackSince(Instant.EPOCH);
        return all.get(all.size() - 1);
    }
}
