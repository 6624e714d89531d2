package org.protocolbot.teams;

import org.protocolbot.chat.Wording;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.protocolbot.Comparisons;
import org.protocolbot.TestStores;
import org.protocolbot.answer.Answer;
import org.protocolbot.feedback.AnswerFeedback;
import org.protocolbot.feedback.AskedQuestion;

/**
 * The monitoring officer's loop in Teams, through the real botbuilder handler: a click on an answer card's
 * Action.Submit button comes back as a signed message activity carrying the button's data, lands in the feedback
 * database and is thanked through the Bot Connector (WireMock); unanswered questions reach the question log; and
 * {@code compare ...} puts the councils side by side.
 */
class TeamsFeedbackTest extends TeamsHarness {

    private static final String QUESTION = "Can an officer attend a party group meeting?";

    @Test
    void notHelpfulClickOnTheCardIsStoredAndThanked() {
        JsonNode notHelpful = askAndTakeButton(QUESTION, 1);
        assertEquals(Wording.NOT_HELPFUL, notHelpful.get("title").asText());

        assertEquals(200, postSigned(TeamsActivities.cardSubmit(microsoft.serviceUrl(), "1700000000201",
                "1700000009999", notHelpful.get("data").toString())).statusCode());

        JsonNode thanks = BotFrameworkStandIn.json(microsoft.onlyReply());
        assertEquals("message", thanks.path("type").asText());
        assertEquals(Wording.THANKS, thanks.path("text").asText());
        assertEquals("1700000000201", thanks.path("replyToId").asText());
        assertFalse(thanks.has("attachments"), "a plain thank-you, no card");

        Answer answer = bot.chat().respond(QUESTION, Optional.empty(), "");
        assertEquals(List.of(new AnswerFeedback(QUESTION, "answer", Optional.empty(), answer.citations(), "teams", false,
                onlyClickTime())), feedback.feedbackSince(Instant.EPOCH).stream().map(s -> s.feedback()).toList());
    }

    @Test
    void helpfulClickKeepsOnlyASaltedHashOfTheTeamsUser() {
        JsonNode helpful = askAndTakeButton("leeds 7.4", 0);

        postSigned(TeamsActivities.cardSubmit(microsoft.serviceUrl(), "1700000000202", "1700000009999",
                helpful.get("data").toString()));

        List<Map<String, String>> rows = TestStores.rows(feedbackDir, "SELECT * FROM feedback");
        assertEquals(1, rows.size());
        assertEquals("TRUE", rows.get(0).get("helpful").toUpperCase());
        assertEquals("teams", rows.get(0).get("adapter"));
        assertFalse(rows.toString().contains(TeamsActivities.USER_ID), "no raw user id in any column: " + rows);
        assertFalse(rows.toString().contains("Alex Officer"), "no name either: " + rows);
        assertTrue(rows.get(0).get("user_hash").matches("[0-9a-f]{64}"), rows.toString());
    }

    @Test
    void aClickWithoutAValidSignatureIsRefusedAndNothingIsStored() {
        JsonNode helpful = askAndTakeButton("leeds 7.4", 0);

        int status = postWithToken(TeamsActivities.cardSubmit(microsoft.serviceUrl(), "1700000000203",
                "1700000009999", helpful.get("data").toString()), Optional.empty()).statusCode();

        assertEquals(401, status);
        assertEquals(List.of(), feedback.feedbackSince(Instant.EPOCH));
    }

    @Test
    void aForgedOrStalePayloadIsToldPlainlyThatTheButtonsAreOutOfDateAndNothingIsStored() {
        postSigned(TeamsActivities.cardSubmit(microsoft.serviceUrl(), "1700000000204", "1700000009999",
                "{\"feedback\": \"helpful\", \"payload\": \"not a payload\"}"));

        String text = BotFrameworkStandIn.json(microsoft.onlyReply()).path("text").asText();
        assertEquals(Wording.STALE_FEEDBACK, text);
        assertEquals(List.of(), feedback.feedbackSince(Instant.EPOCH));
    }

    @Test
    void unansweredQuestionsReachTheQuestionLogButAnsweredOnesDoNot() {
        String gap = "what is the weather forecast for the council car park tomorrow";
        postSigned(TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000205", gap));
        postSigned(TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000206", QUESTION));

        List<AskedQuestion> logged = feedback.questionsSince(Instant.EPOCH);
        assertEquals(1, logged.size(), logged.toString());
        assertEquals(List.of(gap, "no_match", "teams"),
                List.of(logged.get(0).question(), logged.get(0).outcome(), logged.get(0).adapter()));
        assertEquals(Optional.empty(), logged.get(0).council(), "no default council: every protocol was searched");
    }

    @Test
    void compareQuotesEachCouncilInIdOrderTheSameWayEveryTime() {
        String text = "compare " + Comparisons.TOPIC;
        postSigned(TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000207", text));
        postSigned(TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000208", text));

        List<JsonNode> cards = microsoft.replies().stream()
                .map(r -> BotFrameworkStandIn.json(r).at("/attachments/0/content")).toList();
        assertEquals(2, cards.size());
        assertEquals(cards.get(0), cards.get(1), "deterministic");
        assertEquals(expectedCard(text), cards.get(0));
        Answer comparison = bot.answerer().compare(Comparisons.TOPIC);
        List<String> councils = Comparisons.assertEveryCouncilOnceInIdOrder(bot.corpus(), comparison);
        for (int i = 0; i < councils.size(); i++) {
            assertEquals(comparison.quotes().get(i).citation().label(),
                    cards.get(0).at("/body/" + (i + 1) + "/items/1/text").asText(), "citation under each quote");
        }
        assertEquals(2, cards.get(0).get("actions").size(), "a comparison can be rated like any answer");
    }

    /** Asks, checks the reply is the expected card, and returns button {@code index} (0 Helpful, 1 Not helpful). */
    private JsonNode askAndTakeButton(String text, int index) {
        postSigned(TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000200", text));
        JsonNode card = postedCard();
        assertEquals(expectedCard(text), card);
        MICROSOFT.resetRequests();
        return card.at("/actions/" + index);
    }

    private Instant onlyClickTime() {
        return feedback.feedbackSince(Instant.EPOCH).get(0).feedback().at();
    }
}
