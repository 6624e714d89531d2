package org.protocolbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestSigning;
import org.protocolbot.answer.Answer;
import org.protocolbot.chat.Surface;
import org.protocolbot.chat.Wording;
import org.protocolbot.feedback.FeedbackPayload;

/**
 * Teams' own activity shapes (src/test/resources/teams), replayed with a signed channel token through the real
 * botbuilder adapter, WireMock standing in for the Bot Framework: a personal message, a channel mention naming a
 * colleague too, and an Action.Submit click.
 */
class TeamsFixturesTest extends TeamsHarness {

    @Test
    void aPersonalMessageGetsItsCard() {
        assertEquals(200, postSigned(fixture("personal_message.json", "1700000300001")).statusCode());

        assertEquals(expectedCard("leeds 7.4"), postedCard());
    }

    @Test
    void aChannelMentionIsAskedWithoutAnyMentionAndAnsweredWithChannelWording() {
        assertEquals(200, postSigned(fixture("channel_mention.json", "1700000300002")).statusCode());

        String asked = "can attend a party group meeting?";
        Answer answer = bot.chat().respond(asked, Optional.empty(), Surface.TEAMS_CHANNEL, "@" + TeamsActivities.BOT_NAME + " ");
        JsonNode card = postedCard();
        assertEquals(AnswerCard.render(answer, TestSigning.offered(feedback.signer(), asked, Optional.empty(), answer)), card);
        assertFalse(card.toString().contains("Jane"), "no colleague's name in the card or its feedback value");
    }

    @Test
    void anActionSubmitClickIsRecordedAndThanked() {
        String question = "can an officer attend a party group meeting?";
        Answer answer = bot.chat().respond(question, Optional.empty(), Surface.TEAMS_PERSONAL);
        String value = new FeedbackSubmit(true, feedback.signer().sign(FeedbackPayload.of(question, Optional.empty(), answer)))
                .data().toString();

        assertEquals(200, postSigned(fixture("action_submit.json", "1700000300003").replace("${VALUE}", value)).statusCode());

        assertEquals(Wording.THANKS, BotFrameworkStandIn.json(microsoft.onlyReply()).path("text").asText());
        assertEquals(1, feedback.feedbackSince(Instant.EPOCH).size());
    }

    private String fixture(String name, String id) {
        try (InputStream in = TeamsFixturesTest.class.getResourceAsStream("/teams/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${ID}", id)
                    .replace("${SERVICE_URL}", microsoft.serviceUrl())
                    .replace("${APP_ID}", BotFrameworkStandIn.APP_ID);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
