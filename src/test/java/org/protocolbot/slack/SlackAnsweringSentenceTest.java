package org.protocolbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.AnswerTemplates;
import org.protocolbot.answer.ClauseCitation;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.answer.TextSpan;
import org.protocolbot.chat.Surface;

/** The sentence that answers is bold inside the Slack quote; every quoted character is otherwise as the clause has it. */
class SlackAnsweringSentenceTest {

    private static final Gson SLACK_JSON = GsonFactory.createSnakeCase();
    private final AnswerBlocks renderer = new AnswerBlocks();

    @Test
    void aRealAnswerBoldsItsAnsweringSentenceAndOtherwiseQuotesTheClauseExactly() {
        Answer answer = TestBots.shared().chat().respond("can an officer attend a party group meeting?",
                Optional.of("kirklees"), Surface.SLACK);
        QuotedClause quote = answer.quotes().stream().filter(q -> q.answering().isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no answering span in " + answer.citations()));

        String marked = quoteText(renderer.render(answer), 0);
        String sentence = SlackSlashCommandTest.escape(quote.answeringText().orElseThrow().strip());

        assertTrue(sentence.lines().allMatch(line -> line.isBlank() || marked.contains("*" + line.strip() + "*")),
                "bold answering sentence in " + marked);
        assertEquals(SlackSlashCommandTest.quoted(quote.text()), unbold(marked, quote));
    }

    @Test
    void aSpanAcrossLinesIsBoldOnEachLineAndSpacesStayOutsideTheAsterisks() {
        String text = "Intro. A <rule> & more\non two lines. Then the rest.";
        int start = text.indexOf("A <rule>");
        QuotedClause quote = quote(text, new TextSpan(start - 1, text.indexOf("Then")));

        String marked = quoteText(renderer.render(AnswerTemplates.info("lead", List.of(quote))), 0);

        assertEquals("> Intro. *A &lt;rule&gt; &amp; more*\n> *on two lines.* Then the rest.", marked);
    }

    @Test
    void aLongClauseSplitInsideTheSpanStaysBoldOnBothSidesOfTheCutAndEveryPieceFits() {
        String sentence = "Officers must not " + "advise on party business ".repeat(200) + "at all.";
        String text = "First sentence here. " + sentence + " Last sentence.";
        QuotedClause quote = quote(text, new TextSpan(text.indexOf("Officers"), text.indexOf(" Last")));

        List<String> pieces = quoteSections(renderer.render(AnswerTemplates.info("lead", List.of(quote))));

        assertTrue(pieces.size() >= 2, "split: " + pieces.size());
        pieces.forEach(piece -> assertTrue(piece.length() <= AnswerBlocks.MAX_SECTION_CHARS, piece.length() + ""));
        assertTrue(pieces.stream().skip(1).allMatch(p -> p.startsWith("> *")), "bold resumes after each cut");
        String joined = String.join(" ", pieces.stream().map(p -> p.substring(2).replace("*", "")).toList());
        assertEquals(text.replaceAll("\\s+", " "), joined.replaceAll("\\s+", " "), "no character lost or added");
    }

    @Test
    void aPlainLookupHasNoBold() {
        Answer lookup = TestBots.shared().chat().respond("leeds 7.4", Optional.empty(), Surface.SLACK);
        String quoted = quoteText(renderer.render(lookup), 0);
        assertEquals(SlackSlashCommandTest.quoted(lookup.quotes().get(0).text()), quoted);
    }

    /** The rendering with the bold asterisks this renderer added taken out again. */
    private static String unbold(String marked, QuotedClause quote) {
        String out = marked;
        for (String line : SlackSlashCommandTest.escape(quote.answeringText().orElseThrow()).split("\n")) {
            if (!line.isBlank()) {
                out = out.replace("*" + line.strip() + "*", line.strip());
            }
        }
        return out;
    }

    private static QuotedClause quote(String text, TextSpan span) {
        return new QuotedClause(new ClauseCitation("kirklees", "Kirklees Council", "9.9", "Test"), text, Optional.of(span));
    }

    private static String quoteText(SlackMessage message, int index) {
        return quoteSections(message).get(index);
    }

    private static List<String> quoteSections(SlackMessage message) {
        List<String> out = new ArrayList<>();
        for (JsonNode block : SlackTestRig.readJson(SLACK_JSON.toJson(message.blocks()))) {
            String text = block.path("text").path("text").asText("");
            if (block.path("type").asText().equals("section") && text.startsWith("> ")) {
                out.add(text);
            }
        }
        return out;
    }
}
