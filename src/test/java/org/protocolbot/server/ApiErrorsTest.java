package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.protocolbot.TestBots;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;

/** Every error is JSON {"error": "..."} with the right status, and never a stack trace. */
class ApiErrorsTest {

    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass(Settings.empty());

    @Test
    void malformedJsonIs400() {
        String error = error(SERVER.get().post("/api/ask", "{\"question\": "), 400);
        assertTrue(error.startsWith("The request body is not valid JSON."), error);
    }

    @Test
    void jsonThatIsNotAnObjectIs400() {
        String error = error(SERVER.get().post("/api/ask", "[\"Can I attend a party group?\"]"), 400);
        assertTrue(error.startsWith("The request body must be a JSON object"), error);
    }

    @Test
    void missingBlankOrNonStringQuestionIs400() {
        assertTrue(error(SERVER.get().post("/api/ask", "{}"), 400).startsWith("Please type a question"));
        assertTrue(error(SERVER.get().post("/api/ask", "{\"question\": \"   \"}"), 400).startsWith("Please type a question"));
        assertTrue(error(SERVER.get().post("/api/ask", "{\"question\": 42}"), 400).startsWith("\"question\" must be a string"));
        assertTrue(error(SERVER.get().post("/api/ask", "{\"question\": \"x\", \"council\": [1]}"), 400)
                .startsWith("\"council\" must be a string"));
    }

    @Test
    void questionOverTheLengthLimitIs400WithTheLimitStated() {
        String question = "a".repeat(QuestionInput.MAX_QUESTION_CHARS + 1);

        String error = error(SERVER.get().post("/api/ask", "{\"question\": \"" + question + "\"}"), 400);

        assertEquals("The question is 1001 characters long; the limit is 1000. Please shorten it to the point "
                + "you want the protocol to answer.", error);
    }

    @Test
    void questionAtTheLengthLimitIsAnswered() {
        String question = "Can an officer attend a party group meeting? ";
        String padded = (question.repeat(30)).substring(0, QuestionInput.MAX_QUESTION_CHARS);

        assertEquals(200, SERVER.get().post("/api/ask", "{\"question\": \"" + padded + "\"}").statusCode());
    }

    @Test
    void bodyOverTheSizeLimitIs413() {
        String body = "{\"question\": \"x\", \"padding\": \"" + "p".repeat(AskEndpoint.MAX_BODY_BYTES) + "\"}";

        assertEquals("The request body is larger than 16 KiB.", error(SERVER.get().post("/api/ask", body), 413));
    }

    @Test
    void chunkedBodyOverTheSizeLimitIs413() {
        // A stream publisher has no length, so the client sends it chunked: the limit must hold without Content-Length.
        byte[] body = ("{\"question\": \"" + "q".repeat(AskEndpoint.MAX_BODY_BYTES * 2) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = SERVER.get().request("/api/ask").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        assertEquals("The request body is larger than 16 KiB.", error(SERVER.get().send(request), 413));
    }

    @Test
    void unknownCouncilIs404NamingTheKnownOnes() {
        String expectedList = String.join(", ", SERVER.get().bot.corpus().councilIds());

        assertEquals("Unknown council \"atlantis\". Known councils: " + expectedList + ".",
                error(SERVER.get().post("/api/ask", "{\"question\": \"May I?\", \"council\": \"atlantis\"}"), 404));
        assertEquals("Unknown council \"atlantis\". Known councils: " + expectedList + ".",
                error(SERVER.get().get("/api/clauses/atlantis/6.3"), 404));
    }

    @Test
    void unknownCouncilWithMarkupIsNotEchoed() {
        String error = error(SERVER.get().post("/api/ask",
                "{\"question\": \"May I?\", \"council\": \"<script>alert(1)</script>\"}"), 404);

        assertTrue(error.startsWith("Unknown council. Known councils: "), error);
    }

    @Test
    void unknownClauseIs404NamingTheNearestClauses() {
        List<String> nearest = SERVER.get().bot.chat().nearest("kirklees", "99.1");

        String error = error(SERVER.get().get("/api/clauses/kirklees/99.1"), 404);

        assertTrue(error.contains("no clause 99.1"), error);
        assertTrue(error.contains("Nearest: " + String.join(", ", nearest) + "."), error);
    }

    @Test
    void somethingThatIsNotAClauseNumberIs400() {
        assertEquals("That is not a clause number. Give one like 6.3 or 1.05.",
                error(SERVER.get().get("/api/clauses/kirklees/party-groups"), 400));
    }

    @Test
    void unknownPathIs404JsonAndWrongMethodIs405NamingTheAllowedMethods() {
        assertTrue(error(SERVER.get().get("/api/nothing"), 404).startsWith("Nothing here."));
        assertTrue(error(SERVER.get().post("/slack/events", "{}"), 404).startsWith("Nothing here."));

        HttpResponse<String> getOnAPostRoute = SERVER.get().get("/api/ask");
        assertEquals("That method is not allowed here.", error(getOnAPostRoute, 405));
        assertEquals("POST", getOnAPostRoute.headers().firstValue("Allow").orElse(""));

        HttpResponse<String> postOnAGetRoute = SERVER.get().post("/api/councils", "{}");
        error(postOnAGetRoute, 405);
        assertEquals("GET, HEAD", postOnAGetRoute.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void headRunsTheSameChecksAsGet() {
        HttpRequest.Builder head = HttpRequest.newBuilder(SERVER.get().uri("/api/report"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody());
        HttpResponse<String> report = SERVER.get().send(head.build());
        // The report is off without PROTOCOL_ADMIN_TOKEN: HEAD says so exactly as GET does, instead of a bare 200.
        assertEquals(SERVER.get().get("/api/report").statusCode(), report.statusCode());
        assertEquals(404, report.statusCode());
    }

    @Test
    void aFailureInsideTheBotIs500WithAReferenceAndNoDetails() {
        ProtocolBot failing = TestBots.failingAnswers(SERVER.get().bot, "index file /secret/path is corrupt");
        try (RunningServer broken = RunningServer.start(failing, Settings.empty(), ChatAdapters.none())) {
            HttpResponse<String> response = broken.post("/api/ask", "{\"question\": \"Can I?\"}");

            String error = error(response, 500);
            String correlationId = response.headers().firstValue("X-Correlation-Id").orElseThrow();
            assertEquals("Something went wrong on our side. If it keeps happening, quote reference " + correlationId
                    + " to whoever runs this service.", error);
            assertFalse(response.body().contains("secret"), response.body());
            assertFalse(response.body().contains("Exception"), response.body());
        }
    }

    @Test
    void requestsJettyRejectsItselfAreJsonToo() throws IOException {
        // A header far over Jetty's limit never reaches Javalin: Jetty's own error handler answers.
        String raw = "GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n";
        String response = rawRequest(raw);

        assertTrue(response.startsWith("HTTP/1.1 431"), response);
        assertTrue(response.contains("Content-Type: application/json"), response);
        assertTrue(response.endsWith("{\"error\":\"Request Header Fields Too Large\"}"), response);
    }

    /** Asserts the status and that the body is exactly one "error" field, and returns its message. */
    static String error(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode json = RunningServer.json(response);
        assertEquals(1, json.size(), json.toString());
        return json.get("error").asText();
    }

    private String rawRequest(String raw) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", SERVER.get().server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
