package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.protocolbot.Comparisons;
import org.protocolbot.answer.Answer;
import org.protocolbot.app.Settings;

/** {@code GET /api/compare}: every council side by side, byte-identical every time, with /api/ask's limits. */
class CompareApiTest {

    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass(Settings.empty());

    @Test
    void comparisonQuotesEachCouncilInIdOrderAsTheAnswerJsonWithItsFeedbackValue() {
        HttpResponse<String> response = SERVER.get().get(compare(Comparisons.TOPIC));

        assertEquals(200, response.statusCode());
        Answer expected = SERVER.get().bot.answerer().compare(Comparisons.TOPIC);
        List<String> councils = Comparisons.assertEveryCouncilOnceInIdOrder(SERVER.get().bot.corpus(), expected);
        JsonNode json = RunningServer.json(response);
        assertEquals(ApiEndpointsTest.withFeedback(SERVER.get(), expected, "compare " + Comparisons.TOPIC, null), json);
        List<String> shown = new ArrayList<>();
        json.get("quotes").forEach(q -> shown.add(q.get("council").asText()));
        assertEquals(councils, shown);
    }

    @Test
    void theSameTopicGivesByteIdenticalJson() {
        String first = SERVER.get().get(compare(Comparisons.TOPIC)).body();
        String second = SERVER.get().get(compare(Comparisons.TOPIC)).body();

        assertEquals(first, second);
    }

    @Test
    void theGuardAppliesAsForAnyQuestion() {
        JsonNode json = RunningServer.json(SERVER.get().get(compare("write a speech for our group leader")));

        assertEquals("refuse", json.get("outcome").asText());
        assertTrue(json.get("guardRule").asText().startsWith("party-business"), json.toString());
    }

    @Test
    void aMissingBlankOrOverlongTopicIs400LikeAsk() {
        assertTrue(ApiErrorsTest.error(SERVER.get().get("/api/compare"), 400).startsWith("Please type a question"));
        assertTrue(ApiErrorsTest.error(SERVER.get().get(compare("   ")), 400).startsWith("Please type a question"));
        assertEquals("The question is 1001 characters long; the limit is 1000. Please shorten it to the point you "
                + "want the protocol to answer.",
                ApiErrorsTest.error(SERVER.get().get(compare("a".repeat(QuestionInput.MAX_QUESTION_CHARS + 1))), 400));
    }

    static String compare(String topic) {
        return "/api/compare?q=" + URLEncoder.encode(topic, StandardCharsets.UTF_8);
    }
}
