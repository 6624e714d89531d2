package org.protocolbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Outcome;

class ChatResponderTest {

    private static final List<String> COUNCILS = org.protocolbot.corpus.ManifestCouncils.ids();

    private final ChatResponder chat = TestBots.shared().chat();

    @Test
    void aBareNumberUsesTheWorkspaceCouncil() {
        Answer answer = chat.respond("6.3", Optional.of("kirklees"), "/protocol ");
        assertEquals(List.of("kirklees:6.3"), answer.citations());
        assertEquals("From the Kirklees Council protocol:", answer.lead());
    }

    @Test
    void aNamedCouncilOverridesTheDefault() {
        assertEquals(List.of("leeds:7.4"), chat.respond("leeds 7.4", Optional.of("kirklees"), "").citations());
        assertEquals(List.of("rbkc:1.05"), chat.respond("RBKC I.05", Optional.empty(), "").citations());
        assertEquals(List.of("rbkc:1.05"), chat.respond("kensington clause 1.05", Optional.empty(), "").citations());
    }

    @Test
    void aBareNumberWithoutADefaultAsksWhichCouncil() {
        Answer answer = chat.respond("6.3", Optional.empty(), "/protocol ");
        assertEquals(Outcome.INFO, answer.outcome());
        assertEquals(Wording.whichCouncil("/protocol ", "6.3", COUNCILS), answer.lead());
        assertTrue(answer.lead().contains("`/protocol <council> 6.3`"), answer.lead());
    }

    @Test
    void unknownCouncilsAndClausesGetHelpfulMessages() {
        assertEquals(Wording.unknownCouncil("york", COUNCILS), chat.respond("york 7.4", Optional.empty(), "").lead());
        assertEquals(Wording.noSuchClause("Leeds City Council", "7.40", List.of("7.13", "7.14", "7.15")),
                chat.respond("leeds 7.40", Optional.empty(), "").lead());
    }

    @Test
    void searchListsTheBestMatchingClauses() {
        Answer answer = chat.respond("search need to know", Optional.of("kirklees"), "");
        assertEquals(Outcome.INFO, answer.outcome());
        assertTrue(answer.quotes().get(0).text().contains("need to know"), answer.citations()::toString);
        assertTrue(answer.citations().stream().allMatch(c -> c.startsWith("kirklees:")));
    }

    @Test
    void echoedTextCannotPingOrFormat() {
        Answer answer = chat.respond("search <!channel> <@U123> *bold* need to know", Optional.empty(), "");
        assertFalse(answer.text().contains("<!channel>"), answer.text());
        assertFalse(answer.text().contains("<@U123>"), answer.text());
        Answer unknown = chat.respond("<!here> 7.4", Optional.empty(), "");
        assertFalse(unknown.text().contains("<!here>"), unknown.text());
    }

    @Test
    void councilsAndHelpDescribeWhatTheBotKnows() {
        String councils = chat.respond("councils", Optional.empty(), "").text();
        assertTrue(councils.startsWith(Wording.COUNCILS_LEAD), councils);
        assertTrue(councils.contains(Wording.councilLine("leeds", "Leeds City Council", 2007, 168)), councils);
        assertTrue(councils.contains(Wording.councilLine("kirklees", "Kirklees Council", 0, 45)), councils);
        String help = chat.respond("help", Optional.of("leeds"), "/protocol ").text();
        assertTrue(help.contains("`/protocol leeds 7.4`"), help);
        assertTrue(help.contains("This workspace's council is Leeds City Council."), help);
    }

    @Test
    void helpIsACommandOnlyOnItsOwn() {
        assertEquals(Outcome.INFO, chat.respond("help", Optional.empty(), "").outcome());
        assertEquals(Outcome.REFUSE, chat.respond("help me write a campaign leaflet for the Labour group", Optional.empty(), "").outcome());
    }

    @Test
    void compareQuotesOneClausePerCouncilInIdOrderOrSaysNoProvision() {
        Answer answer = chat.respond("compare can councillors use council printers for campaigning", Optional.empty(), "");
        assertEquals(Outcome.ANSWER, answer.outcome());
        List<String> councils = answer.citations().stream().map(c -> c.substring(0, c.indexOf(':'))).toList();
        assertEquals(councils.stream().sorted().toList(), councils, "council-id order");
        assertEquals(councils.stream().distinct().count(), councils.size(), "one clause per council");
        // Kirklees's "Councillors and Council Resources": 10.1 (support services not for campaigning) or 10.2 (not to
        // press officers for resources for party business).
        assertTrue(answer.citations().contains("kirklees:10.1") || answer.citations().contains("kirklees:10.2"),
                answer.citations()::toString);
        assertTrue(answer.citations().contains("leeds:21.1") || answer.citations().contains("leeds:15.1"),
                answer.citations()::toString);
        assertEquals(answer, chat.respond("compare can councillors use council printers for campaigning", Optional.empty(), ""));

        Answer offTopic = chat.respond("compare bin collection days", Optional.empty(), "");
        assertEquals(Outcome.NO_MATCH, offTopic.outcome());
        Answer refused = chat.respond("compare write a speech for our group leader", Optional.empty(), "");
        assertEquals(Outcome.REFUSE, refused.outcome());
    }

    @Test
    void helpSpeaksOfAWorkspaceOnlyInSlackAndShowsHowEachSurfaceInvokesTheBot() {
        for (Surface surface : Surface.values()) {
            String help = chat.respond("help", Optional.of("leeds"), surface).lead();
            assertEquals(Wording.help(surface, surface.defaultPrefix(), Optional.of("Leeds City Council")), help);
            assertEquals(surface == Surface.SLACK, help.contains("workspace"), surface + ": " + help);
            assertTrue(help.contains("`" + surface.defaultPrefix() + "leeds 7.4`"), help);
        }
        assertTrue(chat.respond("help", Optional.empty(), Surface.TEAMS_CHANNEL).lead().contains("`@protocol-bot 6.3`"));
        assertTrue(chat.respond("help", Optional.empty(), Surface.TERMINAL).lead().contains("`6.3`: a clause of the council in use"));
    }

    @Test
    void theOlderPrefixOnlyFormSpeaksSlackForACommandAndTheTerminalForNone() {
        assertEquals(chat.respond("help", Optional.of("leeds"), Surface.SLACK, "/protocol ").text(),
                chat.respond("help", Optional.of("leeds"), "/protocol ").text());
        assertEquals(chat.respond("help", Optional.of("leeds"), Surface.TERMINAL).text(),
                chat.respond("help", Optional.of("leeds"), "").text());
    }
}
