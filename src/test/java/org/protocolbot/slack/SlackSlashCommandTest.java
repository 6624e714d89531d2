package org.protocolbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protocolbot.slack.SlackJson.context;
import static org.protocolbot.slack.SlackJson.feedbackButtons;
import static org.protocolbot.slack.SlackJson.responseUrlBody;
import static org.protocolbot.slack.SlackJson.section;
import static org.protocolbot.slack.SlackJson.shareButton;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.protocolbot.TestBots;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.AnswerTemplates;
import org.protocolbot.answer.ClauseCitation;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.corpus.Clause;
import org.protocolbot.feedback.FeedbackPayload;
import org.protocolbot.feedback.FeedbackSigner;

/** {@code /protocol} through real Bolt: signed form posts in, the exact response_url JSON out. */
class SlackSlashCommandTest {

    @RegisterExtension
    static final SlackTestRig rig = SlackTestRig.perClass("kirklees");
    private static final ProtocolBot bot = TestBots.shared();

    @Test
    void clauseNumberUsesTheDefaultCouncilAndAnswersPrivatelyWithTheCitation() {
        HttpResponse<String> ack = rig.slashCommand("/protocol", "6.3", "clause");

        assertEquals(200, ack.statusCode());
        assertEquals("", ack.body(), "an empty acknowledgement: the answer follows through response_url");
        Clause clause = bot.corpus().clause("kirklees", "6.3").orElseThrow();
        String label = label(clause);
        assertEquals(List.of(responseUrlBody("ephemeral",
                        escape("From the Kirklees Council protocol:\n\n" + label + "\n" + clause.text()),
                        List.of(section(":scroll: From the Kirklees Council protocol:"),
                                section(quoted(clause.text())),
                                context(":bookmark: " + escape(label)),
                                feedbackButtons(feedbackFor(rig.feedback.signer(), "6.3")),
                                shareButton("/protocol 6.3")))),
                rig.responseUrlPosts("clause"));
    }

    @Test
    void namedCouncilOverridesTheDefault() {
        rig.slashCommand("/protocol", "leeds 7.4", "leeds");

        Clause clause = bot.corpus().clause("leeds", "7.4").orElseThrow();
        JsonNode body = single(rig.responseUrlPosts("leeds"));
        assertEquals("ephemeral", body.get("response_type").asText());
        assertEquals(section(quoted(clause.text())), body.get("blocks").get(1));
        assertEquals(context(":bookmark: " + escape(label(clause))), body.get("blocks").get(2));
        assertEquals(feedbackButtons(feedbackFor(rig.feedback.signer(), "leeds 7.4")), body.get("blocks").get(3));
        assertEquals(shareButton("/protocol leeds 7.4"), body.get("blocks").get(4));
    }

    @Test
    void searchQuotesTheBestMatchingClausesEachWithItsCitation() {
        rig.slashCommand("/protocol", "search party group", "search");

        JsonNode body = single(rig.responseUrlPosts("search"));
        assertEquals("ephemeral", body.get("response_type").asText());
        JsonNode blocks = body.get("blocks");
        assertEquals(section(":information_source: Clauses that best match \"party group\":"), blocks.get(0));
        int citations = 0;
        for (JsonNode block : blocks) {
            if (block.get("type").asText().equals("context")) {
                citations++;
                assertTrue(block.at("/elements/0/text").asText().startsWith(":bookmark: "), block.toString());
            }
        }
        assertTrue(citations >= 1, "at least one clause quoted with its citation: " + blocks);
        assertEquals(shareButton("/protocol search party group"), blocks.get(blocks.size() - 1));
    }

    @Test
    void unknownCouncilGetsAHelpfulMessageNamingTheKnownCouncils() {
        rig.slashCommand("/protocol", "narnia 7.4", "unknown");

        JsonNode body = single(rig.responseUrlPosts("unknown"));
        String expected = "I don't know the council \"narnia\". Councils: " + String.join(", ", bot.corpus().councilIds()) + ".";
        assertEquals(section(":information_source: " + expected), body.get("blocks").get(0));
        assertEquals(expected, body.get("text").asText());
    }

    @Test
    void partyBusinessIsRefusedWithTheRefusalTemplate() {
        String text = "can you write a campaign leaflet for the Labour group";
        rig.slashCommand("/protocol", text, "refuse");

        JsonNode blocks = single(rig.responseUrlPosts("refuse")).get("blocks");
        assertTrue(blocks.at("/0/text/text").asText().startsWith(":no_entry: " + AnswerTemplates.REFUSE_LEAD), blocks.toString());
        assertEquals(section(":speech_balloon: " + AnswerTemplates.REFUSE_CLOSING), blocks.get(blocks.size() - 3));
        assertEquals(feedbackButtons(feedbackFor(rig.feedback.signer(), text)), blocks.get(blocks.size() - 2), "a refusal can be rated too");
    }

    @Test
    void questionTheProtocolDoesNotCoverPointsToTheMonitoringOfficer() {
        rig.slashCommand("/protocol", "what is the weather forecast for tomorrow", "no-match");

        JsonNode blocks = single(rig.responseUrlPosts("no-match")).get("blocks");
        assertEquals(section(":mag: " + AnswerTemplates.noMatch("Kirklees Council").lead()), blocks.get(0));
        assertTrue(blocks.at("/1/text/text").asText().startsWith(":bust_in_silhouette: "), blocks.toString());
        assertTrue(blocks.at("/1/text/text").asText().contains("Monitoring Officer"));
    }

    @Test
    void postToChannelButtonPostsTheSameAnswerForEveryone() {
        rig.slashCommand("/protocol", "6.3", "private");
        JsonNode privateAnswer = single(rig.responseUrlPosts("private"));
        String value = privateAnswer.at("/blocks/4/elements/0/value").asText();

        HttpResponse<String> ack = rig.buttonClick(value, "share");

        assertEquals(200, ack.statusCode());
        JsonNode shared = single(rig.responseUrlPosts("share"));
        assertEquals("in_channel", shared.get("response_type").asText());
        assertFalse(shared.get("replace_original").asBoolean(), "the private answer stays; a new public one appears");
        assertEquals(privateAnswer.get("text"), shared.get("text"));
        JsonNode expectedBlocks = privateAnswer.get("blocks").deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) expectedBlocks).remove(4);
        assertEquals(expectedBlocks, shared.get("blocks"), "same answer and feedback buttons, without the share button");
    }

    @Test
    void mentionsTypedByTheUserAreNeverSentBackAsPings() {
        rig.slashCommand("/protocol", "<!channel> <@U123> <!here> can I attend a party group meeting?", "pings");
        rig.slashCommand("/protocol", "search <!channel> party <@U123|bob>", "pings-search");

        assertEquals(1, rig.responseUrlPosts("pings").size());
        assertEquals(1, rig.responseUrlPosts("pings-search").size());
        String sent = rig.everythingSent();
        for (String ping : List.of("<!channel>", "<!here>", "<@U123>", "<@U123|bob>")) {
            assertFalse(sent.contains(ping), "echoed " + ping + " in " + sent);
        }
    }

    @Test
    void helpUsesTheCommandAsTheWorkspaceNamedIt() {
        rig.slashCommand("/councilprotocol", "help", "help");

        JsonNode body = single(rig.responseUrlPosts("help"));
        assertTrue(body.get("text").asText().contains("`/councilprotocol leeds 7.4`"), body.get("text").asText());
        assertEquals(shareButton("/councilprotocol help"), body.get("blocks").get(body.get("blocks").size() - 1));
    }

    /**
     * The feedback value the buttons under the answer to {@code text} carry, in this workspace (kirklees): the
     * payload, signed by the adapter's store ({@code signer}).
     */
    static String feedbackFor(FeedbackSigner signer, String text) {
        Answer answer = bot.chat().respond(text, Optional.of("kirklees"), "/protocol ");
        return signer.sign(FeedbackPayload.of(text, Optional.of("kirklees"), answer));
    }

    private static JsonNode single(List<JsonNode> posts) {
        assertEquals(1, posts.size(), "exactly one reply: " + posts);
        return posts.get(0);
    }

    private String label(Clause clause) {
        return ClauseCitation.of(clause, bot.corpus().councilName(clause.council())).label();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String quoted(String text) {
        return "> " + escape(text).replace("\n", "\n> ");
    }
}
