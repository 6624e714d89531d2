package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.protocolbot.app.Settings;

/**
 * Issue 16: the feedback value was unsigned and a {@code text/plain} POST from any Origin was accepted, so any web
 * page could fill the report with invented questions, outcomes, clauses such as {@code leeds:99.99} and spreadsheet
 * formulas. Each way in is tried here against a real server and must leave the store empty.
 */
class FeedbackForgeryTest {

    @Test
    void anInventedFeedbackValueIsRefusedAndNothingIsStored() {
        try (RunningServer server = RunningServer.start(Settings.empty())) {
            String invented = "{\"question\":\"=HYPERLINK(\\\"http://evil\\\")\",\"outcome\":\"answer\","
                    + "\"citations\":[\"leeds:99.99\"]}";

            HttpResponse<String> response = server.post("/api/feedback", click(invented));

            assertEquals(400, response.statusCode(), response.body());
            assertTrue(server.feedback.feedbackSince(Instant.EPOCH).isEmpty());
        }
    }

    @Test
    void aRealValueWithItsQuestionChangedIsRefused() {
        try (RunningServer server = RunningServer.start(Settings.empty())) {
            String real = realValue(server);
            String tampered = real.replace("party group", "party groop");
            assertTrue(!tampered.equals(real), "the question should contain the words replaced");

            assertEquals(400, server.post("/api/feedback", click(tampered)).statusCode());
            assertEquals(200, server.post("/api/feedback", click(real)).statusCode());
            assertEquals(1, server.feedback.feedbackSince(Instant.EPOCH).size());
        }
    }

    @Test
    void aPlainTextPostIsRefusedWith415() {
        try (RunningServer server = RunningServer.start(Settings.empty())) {
            HttpRequest plain = HttpRequest.newBuilder(server.uri("/api/feedback"))
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(click(realValue(server)))).build();

            assertEquals(415, server.send(plain).statusCode());
            assertTrue(server.feedback.feedbackSince(Instant.EPOCH).isEmpty());
        }
    }

    @Test
    void aClickSentByAnotherSitesPageIsRefusedWith403AndTheOwnPageIsAccepted() {
        try (RunningServer server = RunningServer.start(Settings.empty())) {
            String value = realValue(server);

            assertEquals(403, server.post("/api/feedback", click(value), "Origin", "https://evil.example").statusCode());
            assertEquals(403, server.post("/api/feedback", click(value), "Sec-Fetch-Site", "cross-site").statusCode());
            assertEquals(403, server.post("/api/feedback", click(value), "Origin", "null").statusCode());
            assertTrue(server.feedback.feedbackSince(Instant.EPOCH).isEmpty());

            String ownOrigin = "http://127.0.0.1:" + server.server.port();
            assertEquals(200, server.post("/api/feedback", click(value), "Origin", ownOrigin).statusCode());
        }
    }

    @Test
    void eachClientHasABudgetOfClicksAndThenGets429WithRetryAfter() {
        try (RunningServer server = RunningServer.start(Settings.empty())) {
            String value = realValue(server);
            for (int i = 0; i < FeedbackEndpoint.CLICKS_PER_MINUTE; i++) {
                assertEquals(200, server.post("/api/feedback", click(value)).statusCode(), "click " + i);
            }

            HttpResponse<String> over = server.post("/api/feedback", click(value));

            assertEquals(429, over.statusCode(), over.body());
            long retryAfter = Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
            assertEquals(FeedbackEndpoint.CLICKS_PER_MINUTE, server.feedback.feedbackSince(Instant.EPOCH).size());
        }
    }

    private static String realValue(RunningServer server) {
        return RunningServer.json(server.post("/api/ask", "{\"question\": \"" + ApiEndpointsTest.QUESTION + "\"}"))
                .get("feedback").asText();
    }

    private static String click(String payload) {
        return RunningServer.JSON.createObjectNode().put("payload", payload).put("helpful", true).toString();
    }
}
