package org.protocolbot.slack;

import org.protocolbot.chat.Wording;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protocolbot.slack.SlackJson.context;
import static org.protocolbot.slack.SlackJson.divider;
import static org.protocolbot.slack.SlackJson.section;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.AnswerTemplates;
import org.protocolbot.answer.ClauseCitation;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.TestSigning;
import org.protocolbot.feedback.FeedbackPayload;
import org.protocolbot.feedback.SignedFeedback;

/** The Block Kit rendering of synthetic Answers, serialised exactly as the Slack SDK sends it. */
class SlackAnswerBlocksTest {

    private static final Gson SLACK_JSON = GsonFactory.createSnakeCase();
    private static final ClauseCitation CITATION =
            new ClauseCitation("kirklees", "Kirklees Council", "6.3", "Party Groups and Officers");

    private final AnswerBlocks renderer = new AnswerBlocks();

    @Test
    void questionAnswerHasLeadQuotedClauseCitationAndClosing() {
        Answer answer = AnswerTemplates.answer("Kirklees Council",
                List.of(new QuotedClause(CITATION, "Officers may attend party groups.\nOnly on request.")));

        SlackMessage message = renderer.render(answer);

        assertEquals(SlackJson.blocks(List.of(
                section(":scroll: Here is what the Kirklees Council protocol says:"),
                section("> Officers may attend party groups.\n> Only on request."),
                context(":bookmark: Kirklees Council, clause 6.3 (Party Groups and Officers)"),
                context(AnswerTemplates.ANSWER_CLOSING))), json(message.blocks()));
        assertEquals(answer.text(), message.text(), "the plain-text fallback is the core's own text");
    }

    @Test
    void feedbackButtonsFollowTheAnswerAndCarryThePayloadInBothValues() {
        Answer answer = AnswerTemplates.answer("Kirklees Council", List.of(new QuotedClause(CITATION, "Officers may attend.")));
        SignedFeedback feedback = TestSigning.FIXED.signed(
                FeedbackPayload.of("Can officers attend?", Optional.of("kirklees"), answer));

        SlackMessage message = renderer.render(answer, Optional.of(feedback), List.of());

        assertEquals(TestSigning.FIXED.sign("{\"question\":\"Can officers attend?\",\"council\":\"kirklees\","
                + "\"outcome\":\"answer\",\"citations\":[\"kirklees:6.3\"]}"), feedback.value(), "the payload, signed");
        assertEquals(SlackJson.blocks(List.of(
                section(":scroll: Here is what the Kirklees Council protocol says:"),
                section("> Officers may attend."),
                context(":bookmark: Kirklees Council, clause 6.3 (Party Groups and Officers)"),
                context(AnswerTemplates.ANSWER_CLOSING),
                SlackJson.feedbackButtons(feedback.value()))), json(message.blocks()));
    }

    @Test
    void refusalHasItsOwnTemplate() {
        Answer answer = AnswerTemplates.refuse("party_business", List.of(new QuotedClause(CITATION, "Officers must be neutral.")));

        SlackMessage message = renderer.render(answer);

        assertEquals(SlackJson.blocks(List.of(
                section(":no_entry: " + AnswerTemplates.REFUSE_LEAD + " The protocol says:"),
                divider(),
                section("> Officers must be neutral."),
                context(":bookmark: Kirklees Council, clause 6.3 (Party Groups and Officers)"),
                section(":speech_balloon: " + AnswerTemplates.REFUSE_CLOSING))), json(message.blocks()));
    }

    @Test
    void noMatchHasItsOwnTemplatePointingToTheMonitoringOfficer() {
        Answer answer = AnswerTemplates.noMatch("Leeds City Council");

        SlackMessage message = renderer.render(answer);

        assertEquals(SlackJson.blocks(List.of(
                section(":mag: " + answer.lead()),
                section(":bust_in_silhouette: " + answer.closing()))), json(message.blocks()));
        assertTrue(answer.closing().contains("Monitoring Officer"));
    }

    @Test
    void mentionsAndMarkupInClauseOrUserTextAreEscaped() {
        Answer answer = AnswerTemplates.info("You asked about <!channel> & <@U123|bob>",
                List.of(new QuotedClause(CITATION, "See <https://evil.example|this> & <!here>.")));

        SlackMessage message = renderer.render(answer);

        String json = json(message.blocks()).toString();
        assertEquals(section(":information_source: You asked about &lt;!channel&gt; &amp; &lt;@U123|bob&gt;"),
                json(message.blocks()).get(0));
        assertEquals(section("> See &lt;https://evil.example|this&gt; &amp; &lt;!here&gt;."), json(message.blocks()).get(1));
        assertTrue(!json.contains("<!") && !json.contains("<@") && !json.contains("<http"), json);
        assertTrue(!message.text().contains("<"), "fallback text escaped too: " + message.text());
    }

    @Test
    void longClauseIsSplitAtSentenceBoundariesIntoSectionsWithinSlackLimits() {
        String clause = IntStream.rangeClosed(1, 120)
                .mapToObj(i -> "Sentence " + i + " says that officers & members <must> work together respectfully.")
                .collect(Collectors.joining(" "));
        Answer answer = AnswerTemplates.clause(new QuotedClause(CITATION, clause));

        SlackMessage message = renderer.render(answer, Optional.empty(),
                ShareButton.forCommand(new SlashCommandText("/protocol", "6.3")));

        List<String> quoteSections = sectionTexts(message).stream().filter(t -> t.startsWith("> ")).toList();
        assertTrue(quoteSections.size() >= 3, "a clause of " + clause.length() + " characters needs several sections");
        for (String text : quoteSections) {
            assertTrue(text.length() <= AnswerBlocks.MAX_SECTION_CHARS, "section of " + text.length());
            assertTrue(text.endsWith("together respectfully."), "split at a sentence end: ..." + tail(text));
        }
        assertEquals(clause, unquote(quoteSections), "nothing lost or changed");
        JsonNode blocks = json(message.blocks());
        assertEquals(context(":bookmark: Kirklees Council, clause 6.3 (Party Groups and Officers)"), blocks.get(quoteSections.size() + 1));
        assertEquals("actions", blocks.get(blocks.size() - 1).get("type").asText(), "the button still comes last");
    }

    @Test
    void sentenceLongerThanASectionIsSplitBetweenWords() {
        String sentence = IntStream.range(0, 900).mapToObj(i -> "word" + i).collect(Collectors.joining(" ")) + ".";
        Answer answer = AnswerTemplates.clause(new QuotedClause(CITATION, sentence));

        List<String> quoteSections = sectionTexts(renderer.render(answer)).stream().filter(t -> t.startsWith("> ")).toList();

        assertEquals(3, quoteSections.size());
        quoteSections.forEach(text -> assertTrue(text.length() <= AnswerBlocks.MAX_SECTION_CHARS));
        quoteSections.forEach(text -> assertTrue(text.matches("> word\\d+( word\\d+)*\\.?"), "whole words only: " + tail(text)));
        assertEquals(sentence, unquote(quoteSections));
    }

    @Test
    void tooManyBlocksStopsWithANoticeInsteadOfCuttingSilently() {
        String clause = IntStream.rangeClosed(1, 1500).mapToObj(i -> "Sentence " + i + " is long enough to matter here.")
                .collect(Collectors.joining(" "));
        List<QuotedClause> quotes = List.of(new QuotedClause(CITATION, clause),
                new QuotedClause(new ClauseCitation("leeds", "Leeds City Council", "7.4", "Support"), clause));
        Answer answer = AnswerTemplates.answer("", quotes);

        SignedFeedback feedback = TestSigning.FIXED.signed(FeedbackPayload.of("x", Optional.empty(), answer));
        SlackMessage message = renderer.render(answer, Optional.of(feedback),
                ShareButton.forCommand(new SlashCommandText("/protocol", "x")));

        JsonNode blocks = json(message.blocks());
        assertEquals(AnswerBlocks.MAX_BLOCKS, blocks.size());
        assertEquals(section(Wording.SLACK_TOO_LONG + "Kirklees Council, clause 6.3 (Party Groups and Officers); "
                + "Leeds City Council, clause 7.4 (Support)."), blocks.get(AnswerBlocks.MAX_BLOCKS - 3));
        assertEquals(SlackJson.feedbackButtons(feedback.value()), blocks.get(AnswerBlocks.MAX_BLOCKS - 2),
                "the feedback buttons survive the cut");
        assertEquals(SlackJson.shareButton("/protocol x"), blocks.get(AnswerBlocks.MAX_BLOCKS - 1));
        assertEquals(answer.text(), message.text(), "the fallback text still carries everything");
    }

    @Test
    void commandTooLongForAButtonValueGetsNoButton() {
        String text = "x".repeat(ShareButton.MAX_VALUE);
        assertEquals(List.of(), ShareButton.forCommand(new SlashCommandText("/protocol", text)));
        assertEquals(1, ShareButton.forCommand(new SlashCommandText("/protocol", text.substring(10))).size());
    }

    private static JsonNode json(List<LayoutBlock> blocks) {
        return SlackTestRig.readJson(SLACK_JSON.toJson(blocks));
    }

    private static List<String> sectionTexts(SlackMessage message) {
        List<String> texts = new ArrayList<>();
        for (JsonNode block : json(message.blocks())) {
            if (block.get("type").asText().equals("section")) {
                texts.add(block.at("/text/text").asText());
            }
        }
        return texts;
    }

    /** Joins quoted sections back into the original clause text. */
    private static String unquote(List<String> sections) {
        return sections.stream().map(s -> s.substring(2).replace("\n> ", "\n"))
                .map(s -> s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
                .collect(Collectors.joining(" "));
    }

    private static String tail(String text) {
        return text.substring(Math.max(0, text.length() - 40));
    }
}
