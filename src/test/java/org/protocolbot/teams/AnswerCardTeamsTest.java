package org.protocolbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestSigning;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.AnswerTemplates;
import org.protocolbot.answer.ClauseCitation;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.chat.Wording;
import org.protocolbot.feedback.FeedbackPayload;
import org.protocolbot.feedback.SignedFeedback;

/** The exact Adaptive Card JSON for each kind of Answer, from hand-made Answers. */
class AnswerCardTeamsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ClauseCitation KIRKLEES_6_3 =
            new ClauseCitation("kirklees", "Kirklees Council", "6.3", "Party Groups and Officers");
    private static final QuotedClause QUOTE = new QuotedClause(KIRKLEES_6_3,
            "Officers may attend party group meetings to give information.\n(a) They must not advise on party business.");

    @Test
    void answerCardHasTheLeadEachQuoteWithASubtleCitationAndTheClosing() {
        Answer answer = AnswerTemplates.answer("Kirklees Council", List.of(QUOTE));

        assertCard("""
                {"type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                 "version": "1.4", "fallbackText": %s,
                 "body": [
                   {"type": "TextBlock", "text": "Here is what the Kirklees Council protocol says:", "wrap": true,
                    "weight": "Bolder"},
                   {"type": "Container", "separator": true, "spacing": "Medium", "items": [
                     {"type": "TextBlock", "wrap": true,
                      "text": "Officers may attend party group meetings to give information.\\n\\n(a) They must not advise on party business."},
                     {"type": "TextBlock", "wrap": true, "isSubtle": true, "size": "Small", "spacing": "Small",
                      "text": "Kirklees Council, clause 6.3 (Party Groups and Officers)"}]},
                   {"type": "TextBlock", "wrap": true, "separator": true, "isSubtle": true,
                    "text": "Quoted verbatim from the protocol. For advice on a particular case, ask your Monitoring Officer."}
                 ]}
                """, answer);
    }

    @Test
    void answerThatCanBeRatedEndsWithHelpfulAndNotHelpfulSubmitActionsCarryingThePayload() {
        Answer answer = AnswerTemplates.answer("Kirklees Council", List.of(QUOTE));
        SignedFeedback feedback = TestSigning.FIXED.signed(
                FeedbackPayload.of("Can officers attend?", Optional.of("kirklees"), answer));

        JsonNode card = AnswerCard.render(answer, Optional.of(feedback));

        String payload = "{\"question\":\"Can officers attend?\",\"council\":\"kirklees\",\"outcome\":\"answer\","
                + "\"citations\":[\"kirklees:6.3\"]}";
        assertTrue(feedback.value().endsWith("." + payload), "the signature, a dot, then the payload: " + feedback);
        payload = feedback.value();
        assertEquals(JSON.createArrayNode()
                .add(submit(Wording.HELPFUL, "helpful", payload))
                .add(submit(Wording.NOT_HELPFUL, "not_helpful", payload)), card.get("actions"));
        assertEquals(AnswerCard.render(answer).get("body"), card.get("body"), "the same card above the buttons");
        assertNull(AnswerCard.render(answer).get("actions"));
    }

    private static JsonNode submit(String title, String feedback, String payload) {
        com.fasterxml.jackson.databind.node.ObjectNode action =
                JSON.createObjectNode().put("type", "Action.Submit").put("title", title);
        action.putObject("data").put("feedback", feedback).put("payload", payload);
        return action;
    }

    @Test
    void refusalLeadStandsInAnAttentionContainer() {
        Answer refusal = AnswerTemplates.refuse("party-campaign", List.of(QUOTE));

        JsonNode card = AnswerCard.render(refusal);
        assertEquals(JSON.createObjectNode().put("type", "Container").put("style", "attention")
                .set("items", JSON.createArrayNode().add(JSON.createObjectNode().put("type", "TextBlock")
                        .put("text", AnswerTemplates.REFUSE_LEAD + " The protocol says:").put("wrap", true)
                        .put("weight", "Bolder"))), card.at("/body/0"));
        assertEquals(AnswerTemplates.REFUSE_CLOSING, card.at("/body/2/text").asText());
        assertEquals(true, card.at("/body/2/isSubtle").asBoolean());
    }

    @Test
    void noMatchHasAWarningLeadAndABoldReferralToTheMonitoringOfficer() {
        Answer noMatch = AnswerTemplates.noMatch("Leeds City Council");

        assertCard("""
                {"type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                 "version": "1.4", "fallbackText": %s,
                 "body": [
                   {"type": "Container", "style": "warning", "items": [
                     {"type": "TextBlock", "wrap": true, "weight": "Bolder",
                      "text": "The Leeds City Council protocol does not cover this, so I have no clause to quote."}]},
                   {"type": "TextBlock", "wrap": true, "separator": true, "weight": "Bolder",
                    "text": "Please ask your council's Monitoring Officer, who advises on the protocol and on matters it does not cover."}
                 ]}
                """, noMatch);
    }

    @Test
    void infoListsStayAListAndBacktickedCommandsShowBold() {
        Answer info = AnswerTemplates.info("Try one of these:\n- `leeds 7.4`: a clause\n- `councils`: the list\nThat is all.");

        assertEquals("Try one of these:\n\n- **leeds 7.4**: a clause\n- **councils**: the list\n\nThat is all.",
                AnswerCard.render(info).at("/body/0/text").asText());
        assertEquals(false, AnswerCard.render(info).at("/body/0").has("weight"), "info is not bold");
    }

    @Test
    void quotedTextCannotFormatMentionLinkOrRenumber() {
        QuotedClause tricky = new QuotedClause(KIRKLEES_6_3, """
                Officers *must* not use_party_ names or <at>Chief Executive</at> tags.
                - a bullet from the source
                3. a numbered point
                See [the code](https://example.org) on {{DATE(2024-01-01T00:00:00Z, SHORT)}} \\ end""");

        String text = AnswerCard.render(AnswerTemplates.clause(tricky)).at("/body/1/items/0/text").asText();

        assertEquals("Officers \\*must\\* not use\\_party\\_ names or \\<at\\>Chief Executive\\</at\\> tags.\n\n"
                + "\\- a bullet from the source\n\n"
                + "3\\. a numbered point\n\n"
                + "See \\[the code\\](https://example.org) on {\\{DATE(2024-01-01T00:00:00Z, SHORT)}} \\\\ end", text);
    }

    @Test
    void replyActivityCarriesTheCardAndThePlainTextAsSummaryNotAsText() {
        Answer answer = AnswerTemplates.clause(QUOTE);

        Activity activity = AnswerCard.activity(answer, Optional.empty());

        assertEquals("message", activity.getType());
        assertNull(activity.getText(), "Teams would print text above the card, saying everything twice");
        assertEquals(answer.text(), activity.getSummary());
        assertEquals(1, activity.getAttachments().size());
        assertEquals("application/vnd.microsoft.card.adaptive", activity.getAttachments().get(0).getContentType());
        assertEquals(AnswerCard.render(answer), activity.getAttachments().get(0).getContent());
    }

    private static void assertCard(String expectedTemplate, Answer answer) {
        try {
            JsonNode expected = JSON.readTree(expectedTemplate.formatted(JSON.writeValueAsString(answer.text())));
            assertEquals(expected, AnswerCard.render(answer));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
