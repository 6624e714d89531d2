package org.protocolbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Activity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;
import org.protocolbot.TestSigning;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.AnswerTemplates;
import org.protocolbot.answer.ClauseCitation;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.answer.TextSpan;
import org.protocolbot.chat.Surface;
import org.protocolbot.chat.Wording;
import org.protocolbot.feedback.FeedbackPayload;
import org.protocolbot.feedback.SignedFeedback;

/**
 * The answering sentence as bold TextRuns, the quote's characters otherwise untouched; and the size guard that
 * splits an answer across cards before Teams' limits, losing nothing.
 */
class TeamsCardsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ClauseCitation CITATION = new ClauseCitation("kirklees", "Kirklees Council", "9.9", "Test");

    @Test
    void theAnsweringSentenceIsABoldTextRunAndTheRunsJoinedAreTheClauseExactly() {
        Answer answer = TestBots.shared().chat().respond("can an officer attend a party group meeting?",
                Optional.of("kirklees"), Surface.TEAMS_PERSONAL);
        QuotedClause quote = answer.quotes().stream().filter(q -> q.answering().isPresent()).findFirst().orElseThrow();
        JsonNode card = AnswerCard.render(answer);
        JsonNode box = card.at("/body/" + (answer.quotes().indexOf(quote) + 1) + "/items");

        List<String> lines = new ArrayList<>();
        StringBuilder bold = new StringBuilder();
        for (JsonNode block : box.path(0).path("items")) {
            assertEquals("RichTextBlock", block.path("type").asText());
            StringBuilder line = new StringBuilder();
            for (JsonNode run : block.path("inlines")) {
                line.append(run.path("text").asText());
                if (run.path("weight").asText().equals("Bolder")) {
                    bold.append(run.path("text").asText());
                }
            }
            lines.add(line.toString());
        }
        assertEquals(quote.text().lines().filter(l -> !l.isBlank()).toList(), lines, "every character as the clause has it");
        assertEquals(quote.answeringText().orElseThrow().replace("\n", ""), bold.toString());
        assertEquals(quote.citation().label(), box.path(1).path("text").asText());
        CardMarkupCheck.assertSafeCard(card);
    }

    @Test
    void aPlainLookupKeepsItsEscapedTextBlock() {
        Answer lookup = TestBots.shared().chat().respond("leeds 7.4", Optional.empty(), Surface.TEAMS_PERSONAL);
        JsonNode card = AnswerCard.render(lookup);
        assertEquals("TextBlock", card.at("/body/1/items/0/type").asText());
        assertEquals(CardText.verbatim(lookup.quotes().get(0).text()), card.at("/body/1/items/0/text").asText());
    }

    @Test
    void anAnswerThatFitsIsOneCard() {
        Answer answer = TestBots.shared().chat().respond("can an officer attend a party group meeting?",
                Optional.of("kirklees"), Surface.TEAMS_PERSONAL);
        List<Activity> cards = AnswerCard.activities(answer, TestSigning.offered(TestSigning.FIXED, "q", Optional.empty(), answer));
        assertEquals(1, cards.size());
        assertTrue(CardSizes.fits(cards.get(0)));
    }

    @Test
    void anAnswerPastTheLimitIsSplitIntoCardsThatEachFitLosingNothingWithTheButtonsOnTheLast() {
        List<QuotedClause> quotes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // Markdown-special characters make the escaped card grow faster than the text.
            String text = ("Clause " + i + " <b>[x]</b> & *officers* must stay impartial. ").repeat(120)
                    + "\nA second line ends it.";
            quotes.add(new QuotedClause(new ClauseCitation("kirklees", "Kirklees Council", "9." + i, "Test"), text,
                    Optional.of(new TextSpan(0, 20))));
        }
        quotes.add(new QuotedClause(CITATION, "One enormous clause. ".repeat(1200), Optional.of(new TextSpan(5000, 9000))));
        Answer answer = AnswerTemplates.answer("Kirklees Council", quotes);
        SignedFeedback feedback = TestSigning.FIXED.signed(FeedbackPayload.of("q", Optional.of("kirklees"), answer));
        assertFalse(CardSizes.fits(AnswerCard.activity(answer, Optional.of(feedback))), "the test answer must be too big");

        List<Activity> cards = AnswerCard.activities(answer, Optional.of(feedback));

        assertTrue(cards.size() >= 3, "split into " + cards.size());
        StringBuilder quoted = new StringBuilder();
        for (int i = 0; i < cards.size(); i++) {
            Activity activity = cards.get(i);
            assertTrue(CardSizes.cardBytes(activity) <= CardSizes.MAX_CARD_BYTES, "card " + i + " " + CardSizes.cardBytes(activity));
            assertTrue(CardSizes.activityUtf16Bytes(activity) + CardSizes.ENVELOPE_BYTES <= CardSizes.MAX_ACTIVITY_UTF16_BYTES);
            JsonNode card = JSON.valueToTree(activity.getAttachments().get(0).getContent());
            CardMarkupCheck.assertSafeCard(card);
            assertEquals(i == cards.size() - 1, card.has("actions"), "buttons only on the last card");
            assertEquals(i > 0, card.at("/body/0/text").asText().equals(CardText.template(Wording.CONTINUED)),
                    "later cards say they continue");
            assertEquals(activity.getSummary(), card.path("fallbackText").asText());
            for (JsonNode run : card.findValues("inlines")) {
                run.forEach(r -> quoted.append(r.path("text").asText()));
            }
        }
        String expected = String.join("", quotes.stream().map(q -> q.text().replace("\n", "")).toList());
        assertEquals(expected, quoted.toString(), "every quoted character, once, in order");
        assertEquals(answer.lead(), JSON.valueToTree(cards.get(0).getAttachments().get(0).getContent())
                .at("/body/0/text").asText().replace("\\", ""));
    }

    @Test
    void aQuoteCutIntoPiecesKeepsItsSpanInThePiecesItTouches() {
        String text = "word ".repeat(3000);
        QuotedClause quote = new QuotedClause(CITATION, text, Optional.of(new TextSpan(5990, 6020)));

        List<QuotedClause> pieces = AnswerCard.pieces(quote);

        assertEquals(text, String.join("", pieces.stream().map(QuotedClause::text).toList()));
        assertEquals(text.substring(5990, 6020), String.join("", pieces.stream()
                .map(p -> p.answeringText().orElse("")).toList()));
        pieces.forEach(p -> assertTrue(p.text().length() <= AnswerCard.PIECE_CHARS));
    }
}
