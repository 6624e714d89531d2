package org.protocolbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolbot.answer.AnswerTemplates;
import org.protocolbot.app.Setting;
import org.protocolbot.chat.Wording;

/**
 * Each Teams user has a budget of questions a minute ({@code PROTOCOL_QUESTIONS_PER_MINUTE}, kept by the shared
 * conversation step), through the real botbuilder handler with WireMock as Microsoft: past it, the reply is a short
 * card asking the user to wait, with no feedback buttons and nothing logged, while another user is answered.
 */
class TeamsQuestionBudgetTest extends TeamsHarness {

    private static final int BUDGET = 2;
    private static final String GAP = "what is the weather forecast for the council car park tomorrow";

    @Test
    void pastTheBudgetTheUserIsAskedToWaitAndAnotherUserIsStillAnswered() {
        restartWith(Map.of(Setting.PROTOCOL_QUESTIONS_PER_MINUTE.envName(), Integer.toString(BUDGET)));
        for (int i = 0; i < BUDGET; i++) {
            ask(TeamsActivities.personalMessage(microsoft.serviceUrl(), "17000005000" + i, GAP));
            assertEquals(expectedCard(GAP), postedCard(), "within the budget: the usual answer");
            MICROSOFT.resetRequests();
        }
        int logged = feedback.questionsSince(Instant.EPOCH).size();

        ask(TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000500010", GAP));

        JsonNode card = postedCard();
        assertEquals(AnswerCard.render(AnswerTemplates.info(Wording.TOO_MANY_QUESTIONS)), card);
        assertTrue(card.path("actions").isMissingNode(), "nothing to rate");
        assertEquals(logged, feedback.questionsSince(Instant.EPOCH).size(), "not worked out, so not logged");
        MICROSOFT.resetRequests();

        String otherUser = TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000500011", GAP)
                .replace(TeamsActivities.USER_ID, "29:another-user");
        ask(otherUser);
        assertEquals(expectedCard(GAP), postedCard(), "another user has a budget of their own");
    }

    private void ask(String activity) {
        assertEquals(200, postSigned(activity).statusCode());
    }
}
