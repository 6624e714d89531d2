package org.protocolbot.teams;

import org.protocolbot.chat.Wording;
import org.protocolbot.chat.Surface;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Outcome;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.corpus.Clause;

/**
 * Conversations through the real adapter: Teams posts an activity to /api/messages, the bot answers through the
 * Bot Connector WireMock plays, and the tests read the exact card that reached it.
 */
class TeamsConversationTest extends TeamsHarness {

    @Test
    void personalLookupRepliesWithACardQuotingTheClauseAndItsCitation() {
        assertEquals(200, postSigned(TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000001",
                "leeds 7.4")).statusCode());

        JsonNode card = postedCard();
        Clause clause = bot.corpus().clause("leeds", "7.4").orElseThrow();
        assertEquals("From the Leeds City Council protocol:", card.at("/body/0/text").asText());
        JsonNode quote = card.at("/body/1/items");
        assertTrue(quote.at("/0/text").asText().startsWith(
                "Certain points must, however, be clearly understood by all those participating"),
                "the clause text is quoted: " + quote);
        assertEquals("Leeds City Council, clause 7.4 (" + clause.sectionHeading() + ")",
                quote.at("/1/text").asText());
        assertTrue(quote.at("/1/isSubtle").asBoolean());
        assertEquals(expectedCard("leeds 7.4"), card);
    }

    @Test
    void replyGoesToTheServiceUrlOfTheActivityAsAReplyToIt() {
        postSigned(TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000001", "leeds 7.4"));

        LoggedRequest reply = microsoft.onlyReply();
        assertEquals(BotFrameworkStandIn.SERVICE_PATH + "v3/conversations/" + TeamsActivities.PERSONAL_CONVERSATION
                + "/activities/1700000000001", decodedPath(reply));
        JsonNode activity = BotFrameworkStandIn.json(reply);
        assertEquals("message", activity.path("type").asText());
        assertEquals("1700000000001", activity.path("replyToId").asText());
        assertEquals(TeamsActivities.PERSONAL_CONVERSATION, activity.at("/conversation/id").asText());
        assertEquals(TeamsActivities.BOT_ID, activity.at("/from/id").asText());
        assertEquals(TeamsActivities.USER_ID, activity.at("/recipient/id").asText());
        Answer answer = bot.chat().respond("leeds 7.4", Optional.empty(), "");
        assertEquals(answer.text(), activity.path("summary").asText(), "plain-text fallback");
        assertEquals(answer.text(), activity.at("/attachments/0/content/fallbackText").asText());
    }

    @Test
    void channelMessageThatMentionsTheBotIsAnsweredWithTheMentionStripped() {
        assertEquals(200, postSigned(TeamsActivities.channelMention(microsoft.serviceUrl(), "1700000000100",
                "leeds 7.4")).statusCode());

        LoggedRequest reply = microsoft.onlyReply();
        assertEquals(BotFrameworkStandIn.SERVICE_PATH + "v3/conversations/" + TeamsActivities.CHANNEL_CONVERSATION
                + "/activities/1700000000100", decodedPath(reply));
        assertEquals(expectedCard("leeds 7.4"), postedCard());
    }

    @Test
    void messageWithOnlyTheMentionGetsChannelHelpThatShowsTheMention() {
        postSigned(TeamsActivities.channelMention(microsoft.serviceUrl(), "1700000000101", ""));

        JsonNode card = postedCard();
        Answer help = bot.chat().respond("help", Optional.empty(), Surface.TEAMS_CHANNEL, "@" + TeamsActivities.BOT_NAME + " ");
        assertEquals(Outcome.INFO, help.outcome());
        assertEquals(Wording.help(Surface.TEAMS_CHANNEL, "@" + TeamsActivities.BOT_NAME + " ", Optional.empty()), help.lead());
        assertEquals(AnswerCard.render(help), card);
        assertFalse(card.has("actions"), "help offers no feedback buttons");
        assertTrue(card.at("/body/0/text").asText().contains("- **@" + TeamsActivities.BOT_NAME + " leeds 7.4**"),
                "commands are listed as a channel user must type them: " + card);
        assertFalse(card.toString().contains("workspace"), "Teams has no workspace: " + card);
    }

    @Test
    void aPersonalChatGetsHelpWithBareCommands() {
        postSigned(TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000102", "help"));

        assertEquals(AnswerCard.render(bot.chat().respond("help", Optional.empty(), Surface.TEAMS_PERSONAL)), postedCard());
        assertTrue(postedCard().at("/body/0/text").asText().contains("- **leeds 7.4**"));
    }

    @Test
    void questionGetsACitedAnswerCard() {
        String question = "Can an officer attend a party group meeting?";
        postSigned(TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000003", question));

        Answer answer = bot.chat().respond(question, Optional.empty(), "");
        assertEquals(Outcome.ANSWER, answer.outcome());
        assertFalse(answer.quotes().isEmpty());
        JsonNode card = postedCard();
        assertEquals(expectedCard(question), card);
        QuotedClause first = answer.quotes().get(0);
        assertEquals(first.citation().label(), card.at("/body/1/items/1/text").asText());
        assertEquals(answer.closing(), card.at("/body/" + (answer.quotes().size() + 1) + "/text").asText());
    }

    @Test
    void installingTheBotSendsAWelcome() {
        assertEquals(200, postSigned(TeamsActivities.botInstalled(microsoft.serviceUrl(), "f:install-1"))
                .statusCode());

        assertEquals(AnswerCard.render(bot.chat().respond("help", Optional.empty(), Surface.TEAMS_PERSONAL)), postedCard());
    }

    @Test
    void aRedeliveredActivityIdIsAnsweredOnce() {
        String activity = TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000077", "leeds 7.4");

        assertEquals(200, postSigned(activity).statusCode());
        assertEquals(200, postSigned(activity).statusCode(), "the redelivery is acknowledged");

        assertEquals(1, microsoft.replies().size());
    }

    @Test
    void anActivityLocaleDoesNotChangeTheServersDefaultLocale() {
        Locale before = Locale.getDefault();
        String turkish = TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000004", "leeds 7.4")
                .replace("\"locale\": \"en-GB\"", "\"locale\": \"tr-TR\"");

        postSigned(turkish);

        assertEquals(before, Locale.getDefault());
        assertEquals(1, microsoft.replies().size());
    }

    @Test
    void bodyThatIsNotAnActivityGets400() {
        assertEquals(400, postSigned("this is not json").statusCode());
        assertTrue(microsoft.replies().isEmpty());
    }

    private static String decodedPath(LoggedRequest request) {
        return URLDecoder.decode(request.getUrl(), StandardCharsets.UTF_8);
    }
}
