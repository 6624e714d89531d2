package org.protocolbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolbot.answer.AnswerTemplates;
import org.protocolbot.answer.ClauseCitation;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.answer.TextSpan;

class TerminalTextTest {

    private static final String CLAUSE = "Officers have the right to refuse a request to attend a party group and will "
            + "normally not attend a meeting of a party group where some of those attending are not Members of the "
            + "Council.\n(a) A sub-point on its own line – with a dash and “curly quotes”.";

    @Test
    void wrapsBetweenWordsAtTheWidthAndChangesNothingElse() {
        for (int width : List.of(20, 33, 60, 80)) {
            String wrapped = new TerminalText(new TerminalStyle(width, false)).wrap(CLAUSE);
            for (String line : wrapped.lines().toList()) {
                assertTrue(line.length() <= width, width + ": " + line);
                assertFalse(line.startsWith(" ") || line.endsWith(" "), "a break replaces the space: '" + line + "'");
            }
            assertEquals(CLAUSE.replace('\n', ' '), wrapped.replace('\n', ' '), "only spaces became breaks");
            assertTrue(wrapped.contains("\n(a) A sub-point"), "the clause's own line breaks stay");
        }
    }

    @Test
    void aWordLongerThanTheWidthKeepsItsOwnLineWhole() {
        String wrapped = new TerminalText(new TerminalStyle(20, false)).wrap("see https://example.org/a/very/long/path/indeed now");
        assertEquals("see\nhttps://example.org/a/very/long/path/indeed\nnow", wrapped);
    }

    @Test
    void escapesTakeNoColumns() {
        String bold = TerminalText.BOLD_ON + "alpha beta" + TerminalText.BOLD_OFF + " gamma";
        assertEquals(bold, new TerminalText(new TerminalStyle(20, true)).wrap(bold), "16 visible characters fit in 20");
    }

    @Test
    void theBotsOwnSentencesLoseTheirChatMarkupButQuotesKeepEveryCharacter() {
        assertEquals("Try leeds 7.4 or search need to know. *Not bold in text: 2*3*4",
                TerminalText.plain("Try `leeds 7.4` or `search need to know`. *Not bold in text: 2*3*4"));
        assertEquals("Councils and help.", TerminalText.plain("*Councils* and _help_."));
        String quoted = "Clause with `backticks` and *stars* kept.";
        var answer = AnswerTemplates.info("Use `6.3`.", List.of(new QuotedClause(
                new ClauseCitation("leeds", "Leeds City Council", "1.1", "INTRO"), quoted)));
        String shown = new TerminalText(new TerminalStyle(80, false)).render(answer);
        assertEquals("Use 6.3.\n\nLeeds City Council, clause 1.1 (INTRO)\n" + quoted, shown);
    }

    @Test
    void theAnsweringSentenceIsBoldOnAColourTerminalAndMarkedElsewhere() {
        String sentence = "Officers have the right to refuse a request to attend a party group";
        QuotedClause quote = new QuotedClause(new ClauseCitation("leeds", "Leeds City Council", "7.6", "GROUPS"), CLAUSE,
                Optional.of(new TextSpan(0, sentence.length())));
        String marked = new TerminalText(new TerminalStyle(80, false)).marked(quote);
        assertEquals("»" + sentence + "«" + CLAUSE.substring(sentence.length()), marked);
        String bold = new TerminalText(new TerminalStyle(80, true)).marked(quote);
        assertEquals("\u001B[1m" + sentence + "\u001B[22m" + CLAUSE.substring(sentence.length()), bold);
        assertEquals(CLAUSE, new TerminalText(new TerminalStyle(80, false)).marked(
                new QuotedClause(quote.citation(), CLAUSE)), "a plain look-up has nothing marked");
    }

    @Test
    void listItemsOfTheBotsOwnWordsHangUnderTheirText() {
        String help = "Try:\n- search need to know: the clauses that best match some words";
        assertEquals("Try:\n- search need to know: the clauses that\n  best match some words",
                new TerminalText(new TerminalStyle(40, false)).wrapOwn(help));
    }

    @Test
    void widthComesFromColumnsElseEightyAndBoldOnlyOnATerminalWithoutNoColor() {
        assertEquals(new TerminalStyle(120, true), TerminalStyle.detect(Map.of("COLUMNS", "120"), true));
        assertEquals(new TerminalStyle(80, false), TerminalStyle.detect(Map.of("COLUMNS", "wide"), false));
        assertEquals(new TerminalStyle(80, true), TerminalStyle.detect(Map.of("COLUMNS", "5"), true));
        assertEquals(new TerminalStyle(80, false), TerminalStyle.detect(Map.of("NO_COLOR", "1"), true));
        assertEquals(new TerminalStyle(80, true), TerminalStyle.detect(Map.of("NO_COLOR", ""), true));
        assertEquals(new TerminalStyle(80, false), TerminalStyle.detect(Map.of(), false));
    }
}
