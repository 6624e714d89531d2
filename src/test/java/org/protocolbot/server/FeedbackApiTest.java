package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolbot.Comparisons;
import org.protocolbot.answer.Question;
import org.protocolbot.app.Settings;
import org.protocolbot.feedback.AnswerFeedback;
import org.protocolbot.feedback.AskedQuestion;
import org.protocolbot.feedback.StoredFeedback;

/** {@code POST /api/feedback} from the try-it page, and the question log behind {@code /api/ask} and /api/compare. */
class FeedbackApiTest {

    static final Settings LOGGING = Settings.fromEnv(Map.of("PROTOCOL_LOG_QUESTIONS", "true"));

    @Test
    void aClickIsStoredUnderWebAndThanked() {
        try (RunningServer server = RunningServer.start(Settings.empty())) {
            String question = ApiEndpointsTest.QUESTION;
            JsonNode answer = RunningServer.json(server.post("/api/ask",
                    "{\"question\": \"" + question + "\", \"council\": \"leeds\"}"));

            HttpResponse<String> response = server.post("/api/feedback", click(answer.get("feedback").asText(), false));

            assertEquals(200, response.statusCode());
            assertEquals(RunningServer.JSON.createObjectNode().put("message", "Thanks for the feedback."),
                    RunningServer.json(response));
            List<StoredFeedback> stored = server.feedback.feedbackSince(Instant.EPOCH);
            assertEquals(1, stored.size());
            assertEquals(new AnswerFeedback(question, "answer", Optional.of("leeds"),
                    server.bot.answerer().answer(Question.of(question, "leeds")).citations(), "web", false,
                    stored.get(0).feedback().at()), stored.get(0).feedback());
        }
    }

    @Test
    void theWebPageKeepsNoVisitorIdSoEveryWebClickCountsAsOneAnonymousUser() {
        try (RunningServer server = RunningServer.start(Settings.empty())) {
            String value = RunningServer.json(server.post("/api/ask",
                    "{\"question\": \"" + ApiEndpointsTest.QUESTION + "\"}")).get("feedback").asText();

            server.post("/api/feedback", click(value, true));
            server.post("/api/feedback", click(value, false));

            List<StoredFeedback> stored = server.feedback.feedbackSince(Instant.EPOCH);
            assertEquals(2, stored.size());
            assertEquals(stored.get(0).userHash(), stored.get(1).userHash());
            assertFalse(stored.get(0).userHash().contains(FeedbackEndpoint.ANONYMOUS_WEB_USER));
        }
    }

    @Test
    void informationRepliesAndClauseLookupsOfferNoFeedbackValue() {
        try (RunningServer server = RunningServer.start(Settings.empty())) {
            JsonNode missing = RunningServer.json(server.get("/api/clauses/leeds/99.1"));
            assertFalse(missing.has("feedback"), missing.toString());
            // A looked-up clause is the clause itself, not the bot's choice: nothing to rate (issue 14).
            JsonNode lookup = RunningServer.json(server.get("/api/clauses/leeds/7.4")).get("answer");
            assertEquals("answer", lookup.get("outcome").asText());
            assertFalse(lookup.has("feedback"), lookup.toString());
        }
    }

    @Test
    void aClickThatIsNotOneOfOursIs400AndStoresNothing() {
        try (RunningServer server = RunningServer.start(Settings.empty())) {
            String expected = "Send the answer's feedback value and whether it helped: {\"payload\": \"<the feedback "
                    + "value from /api/ask>\", \"helpful\": true}.";
            assertEquals(expected, ApiErrorsTest.error(server.post("/api/feedback", "{\"helpful\": true}"), 400));
            assertEquals(expected, ApiErrorsTest.error(server.post("/api/feedback",
                    "{\"payload\": \"x\", \"helpful\": \"yes\"}"), 400));
            assertEquals("That is not a feedback value from this server. Send the \"feedback\" field of an answer from "
                    + "/api/ask or /api/compare.", ApiErrorsTest.error(server.post("/api/feedback",
                    click("{\"question\":\"made up\"}", true)), 400));
            assertEquals(List.of(), server.feedback.feedbackSince(Instant.EPOCH));
        }
    }

    @Test
    void whenSwitchedOnTheQuestionLogKeepsTheApisGapsAndRefusalsOnly() {
        String gap = "what is the weather forecast for the council car park tomorrow";
        String refused = "write a speech for our group leader";
        try (RunningServer server = RunningServer.start(LOGGING)) {
            server.post("/api/ask", "{\"question\": \"" + gap + "\", \"council\": \"kirklees\"}");
            server.post("/api/ask", "{\"question\": \"" + ApiEndpointsTest.QUESTION + "\"}");
            server.get(CompareApiTest.compare(refused));
            server.get(CompareApiTest.compare(Comparisons.TOPIC));

            List<AskedQuestion> logged = server.feedback.questionsSince(Instant.EPOCH);
            assertEquals(2, logged.size(), logged.toString());
            assertEquals(List.of(gap, "no_match", "kirklees", "web"), List.of(logged.get(0).question(),
                    logged.get(0).outcome(), logged.get(0).council().orElseThrow(), logged.get(0).adapter()));
            assertEquals(List.of("compare " + refused, "refuse", "web"), List.of(logged.get(1).question(),
                    logged.get(1).outcome(), logged.get(1).adapter()));
            assertTrue(logged.get(1).guardRule().orElseThrow().startsWith("party-business"));
        }
        try (RunningServer off = RunningServer.start(Settings.empty())) {
            off.post("/api/ask", "{\"question\": \"" + gap + "\"}");
            assertEquals(List.of(), off.feedback.questionsSince(Instant.EPOCH), "off unless the operator opts in");
        }
    }

    private static String click(String payload, boolean helpful) {
        return RunningServer.JSON.createObjectNode().put("payload", payload).put("helpful", helpful).toString();
    }
}
