package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestStores;
import org.protocolbot.app.Settings;
import org.protocolbot.feedback.AnswerFeedback;
import org.protocolbot.feedback.AskedQuestion;
import org.protocolbot.feedback.FeedbackStore;
import org.protocolbot.feedback.report.ReportBuilder;
import org.protocolbot.feedback.report.ReportJson;

/**
 * {@code GET /api/report}: the monitoring officer's report over HTTP, behind PROTOCOL_ADMIN_TOKEN, read from the
 * running server's own store; and the data surviving a restart.
 */
class ReportApiTest {

    static final String TOKEN = "test-admin-token-Zq8~never-log-me";
    static final Settings WITH_TOKEN = Settings.fromEnv(Map.of("PROTOCOL_ADMIN_TOKEN", TOKEN,
            "PROTOCOL_LOG_QUESTIONS", "true"));

    @Test
    void withTheTokenTheReportOverSeededDataIsExactlyTheReportJson() throws Exception {
        try (RunningServer server = RunningServer.start(WITH_TOKEN)) {
            seed(server.feedback);

            HttpResponse<String> response = server.get("/api/report?since=2025-03-01", "Authorization", "Bearer " + TOKEN);

            assertEquals(200, response.statusCode(), response.body());
            assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
            assertEquals(RunningServer.JSON.readTree("""
                    {"since": "2025-03-01",
                     "totals": {"feedback": 3, "helpful": 1, "notHelpful": 2, "distinctUsers": 3,
                                "unanswered": 2, "refused": 1},
                     "unanswered": [{"question": "can officers accept gifts", "count": 2}],
                     "notHelpfulAnswers": [
                       {"question": "what about gifts", "outcome": "no_match", "citations": [], "count": 1},
                       {"question": "who briefs the leader", "outcome": "answer", "citations": ["leeds:7.4"],
                        "count": 1}],
                     "notHelpfulClauses": [{"clause": "leeds:7.4", "count": 1}],
                     "refusals": [{"rule": "party-business:campaigning", "count": 1,
                                   "questions": [{"question": "write my leaflet", "count": 1}]}],
                     "councils": [
                       {"council": "all", "helpful": 0, "notHelpful": 1,
                        "unanswered": [{"question": "can officers accept gifts", "count": 2}],
                        "notHelpfulClauses": [], "refusals": []},
                       {"council": "kirklees", "helpful": 1, "notHelpful": 0, "unanswered": [],
                        "notHelpfulClauses": [], "refusals": []},
                       {"council": "leeds", "helpful": 0, "notHelpful": 1, "unanswered": [],
                        "notHelpfulClauses": [{"clause": "leeds:7.4", "count": 1}],
                        "refusals": [{"rule": "party-business:campaigning", "count": 1,
                                      "questions": [{"question": "write my leaflet", "count": 1}]}]}]}
                    """), RunningServer.json(response));
            assertEquals(ReportJson.render(new ReportBuilder().build(server.feedback,
                    Optional.of(LocalDate.parse("2025-03-01")))), response.body(), "byte for byte what report --json prints");
        }
    }

    @Test
    void withoutSinceTheReportCoversEverythingStored() {
        try (RunningServer server = RunningServer.start(WITH_TOKEN)) {
            seed(server.feedback);

            JsonNode report = RunningServer.json(server.get("/api/report", "Authorization", "Bearer " + TOKEN));

            assertTrue(report.get("since").isNull());
            assertEquals(4, report.at("/totals/feedback").asInt(), "the January click counts too");
        }
    }

    @Test
    void withoutTheTokenOrWithTheWrongOneTheReportIsRefused() {
        try (RunningServer server = RunningServer.start(WITH_TOKEN)) {
            seed(server.feedback);

            HttpResponse<String> none = server.get("/api/report");
            HttpResponse<String> wrong = server.get("/api/report", "Authorization", "Bearer " + TOKEN + "x");
            HttpResponse<String> basic = server.get("/api/report", "Authorization", "Basic " + TOKEN);
            HttpResponse<String> empty = server.get("/api/report", "Authorization", "Bearer ");

            assertEquals("The report (GET /api/report) needs the header \"Authorization: Bearer <PROTOCOL_ADMIN_TOKEN>\".",
                    ApiErrorsTest.error(none, 401));
            assertEquals("Bearer realm=\"protocol-bot\"", none.headers().firstValue("WWW-Authenticate").orElse(""));
            assertEquals("That token is not the server's PROTOCOL_ADMIN_TOKEN.", ApiErrorsTest.error(wrong, 401));
            assertEquals("Bearer realm=\"protocol-bot\", error=\"invalid_token\"",
                    wrong.headers().firstValue("WWW-Authenticate").orElse(""));
            assertEquals(401, basic.statusCode());
            assertEquals(401, empty.statusCode());
            for (HttpResponse<String> refused : List.of(none, wrong, basic, empty)) {
                assertTrue(!refused.body().contains("leeds:7.4") && !refused.body().contains(TOKEN), refused.body());
            }
            assertEquals(200, server.get("/api/report", "Authorization", "bearer " + TOKEN).statusCode(),
                    "the scheme name is case-insensitive (RFC 7235)");
        }
    }

    @Test
    void withNoAdminTokenConfiguredTheReportIsOff() {
        try (RunningServer server = RunningServer.start(Settings.empty())) {
            HttpResponse<String> response = server.get("/api/report", "Authorization", "Bearer " + TOKEN);

            assertEquals("The report (GET /api/report) is off: set PROTOCOL_ADMIN_TOKEN on the server to switch it on.",
                    ApiErrorsTest.error(response, 404));
        }
    }

    @Test
    void aSinceThatIsNotADateIs400() {
        try (RunningServer server = RunningServer.start(WITH_TOKEN)) {
            assertEquals("since must be a date written YYYY-MM-DD, e.g. 2025-04-01.", ApiErrorsTest.error(
                    server.get("/api/report?since=last%20April", "Authorization", "Bearer " + TOKEN), 400));
        }
    }

    @Test
    void aRestartedServerStillCountsTheClicksAndQuestionsInItsDataDirectory() throws Exception {
        Path dataDir = TestStores.newDataDir();
        Settings settings = Settings.fromEnv(Map.of("PROTOCOL_ADMIN_TOKEN", TOKEN, "PROTOCOL_LOG_QUESTIONS", "true",
                "PROTOCOL_DATA_DIR", dataDir.toString()));
        String gap = "what is the weather forecast for the council car park tomorrow";

        try (RunningServer first = RunningServer.startAsServe(settings)) {
            String feedback = RunningServer.json(first.post("/api/ask",
                    "{\"question\": \"" + ApiEndpointsTest.QUESTION + "\"}")).get("feedback").asText();
            assertEquals(200, first.post("/api/feedback", RunningServer.JSON.createObjectNode()
                    .put("payload", feedback).put("helpful", false).toString()).statusCode());
            assertEquals("no_match", RunningServer.json(first.post("/api/ask",
                    "{\"question\": \"" + gap + "\"}")).get("outcome").asText());
        }
        assertTrue(Files.exists(dataDir.resolve("protocol-bot.mv.db")), "the database is in PROTOCOL_DATA_DIR");

        try (RunningServer second = RunningServer.startAsServe(settings)) {
            JsonNode report = RunningServer.json(second.get("/api/report", "Authorization", "Bearer " + TOKEN));

            assertEquals(1, report.at("/totals/feedback").asInt(), report.toString());
            assertEquals(1, report.at("/totals/notHelpful").asInt());
            assertEquals(ApiEndpointsTest.QUESTION.toLowerCase().replace("?", ""),
                    report.at("/notHelpfulAnswers/0/question").asText());
            assertEquals(RunningServer.JSON.createObjectNode().put("question", gap).put("count", 1),
                    report.at("/unanswered/0"));
        }
    }

    /** Three clicks and three logged questions in March 2025, and one click in January. */
    static void seed(FeedbackStore store) {
        store.recordFeedback(new AnswerFeedback("Can I attend a party group?", "answer", Optional.of("kirklees"),
                List.of("kirklees:6.3"), "slack", true, at("2025-03-02T10:00:00Z")), "U0ONE");
        store.recordFeedback(new AnswerFeedback("Who briefs the leader?", "answer", Optional.of("leeds"),
                List.of("leeds:7.4"), "teams", false, at("2025-03-03T11:00:00Z")), "29:two");
        store.recordFeedback(new AnswerFeedback("What about gifts", "no_match", Optional.empty(), List.of(), "web",
                false, at("2025-03-04T12:00:00Z")), "web-anonymous");
        store.recordFeedback(new AnswerFeedback("Old question", "answer", Optional.of("rbkc"), List.of("rbkc:2.1"),
                "slack", false, at("2025-01-15T09:00:00Z")), "U0ONE");
        store.recordQuestion(new AskedQuestion("Can officers accept gifts?", Optional.empty(), "no_match",
                Optional.empty(), "slack", at("2025-03-02T10:05:00Z")));
        store.recordQuestion(new AskedQuestion("can officers  accept gifts", Optional.empty(), "no_match",
                Optional.empty(), "web", at("2025-03-05T08:00:00Z")));
        store.recordQuestion(new AskedQuestion("Write my leaflet!", Optional.of("leeds"), "refuse",
                Optional.of("party-business:campaigning"), "teams", at("2025-03-03T11:30:00Z")));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
