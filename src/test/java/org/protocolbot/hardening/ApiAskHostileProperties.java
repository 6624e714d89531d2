package org.protocolbot.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.protocolbot.TestBots;
import org.protocolbot.TestStores;
import org.protocolbot.app.Setting;
import org.protocolbot.app.Settings;
import org.protocolbot.bench.AnswerJsonCheck;
import org.protocolbot.corpus.CouncilNames;
import org.protocolbot.server.BotServer;
import org.protocolbot.server.ChatAdapters;

/**
 * POST /api/ask (what the try-it page calls) under hostile questions: always a JSON answer in one of the three
 * outcomes, or a JSON refusal of the request (400 for an empty or over-long question, 413 for an
 * over-large body, 404 for an unknown council), never a 500, never markup or a stack trace in what the
 * page will show. (The page itself sets text with textContent under a strict content security policy: see
 * server.TryItPageHttpTest and server.TryItPageBrowserTest.)
 */
class ApiAskHostileProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_QUESTION_CODE_POINTS = 1000;
    private static final int MAX_BODY_BYTES = 16 * 1024;
    private static BotServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeContainer
    static void startServer() {
        // 250 questions from one address in well under a minute: past the per-client budget, which is not what
        // these properties are about (ApiQuestionBudgetTest is).
        Settings unlimited = Settings.fromEnv(Map.of(Setting.PROTOCOL_QUESTIONS_PER_MINUTE.envName(), "0"));
        server = BotServer.start(TestBots.shared(), unlimited, 0, ChatAdapters.none(), TestStores.temporary());
    }

    @AfterContainer
    static void stopServer() {
        server.stop();
    }

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.any();
    }

    @Property(tries = 200)
    void everyQuestionGetsAJsonAnswerOrAJsonRefusalOfTheRequest(@ForAll("hostile") String question) throws Exception {
        String request = JSON.createObjectNode().put("question", question).toString();
        HttpResponse<String> response = ask(request);
        // What the server received: the HTTP client sends UTF-8, where a lone surrogate becomes '?'.
        byte[] sent = request.getBytes(StandardCharsets.UTF_8);
        String received = new String(question.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).strip();
        int expected = sent.length > MAX_BODY_BYTES ? 413
                : received.isEmpty() || received.codePointCount(0, received.length()) > MAX_QUESTION_CODE_POINTS ? 400
                : 200;

        assertEquals(expected, response.statusCode(), response::body);
        assertJsonWithoutLiveMarkup(response);
    }

    @Property(tries = 50)
    void aHostileCouncilFieldIsAnsweredOrNamedUnknownWithoutEchoingIt(@ForAll("hostile") String council) throws Exception {
        String request = JSON.createObjectNode().put("question", "Can officers attend group meetings?")
                .put("council", council).toString();
        HttpResponse<String> response = ask(request);

        // Blank means every council; the word list includes real council ids, which may come out on their own.
        boolean names = new CouncilNames(TestBots.shared().corpus().councils()).resolveWord(council).isPresent();
        int expected = request.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES ? 413
                : council.isBlank() || names ? 200 : 404;
        assertEquals(expected, response.statusCode(), response::body);
        assertJsonWithoutLiveMarkup(response);
    }

    /** A 200 is a valid answer; anything else is {"error": ...}; neither carries markup or a stack trace. */
    private static void assertJsonWithoutLiveMarkup(HttpResponse<String> response) throws IOException {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        RenderedText.assertNoStackTrace(response.body());
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() == 200) {
            // The box speaks the chat language, so text that reads as a command (a council name, "help") gets an
            // information reply, with a lead and no quotes; everything else is an answer, refusal or no match.
            if (!"info".equals(body.path("outcome").asText())) {
                assertEquals("", AnswerJsonCheck.problem(response.body()), response::body);
            } else {
                assertFalse(body.path("lead").asText().isEmpty(), response::body);
            }
            RenderedText.assertSafe(body.path("text").asText());
        } else {
            assertEquals(1, body.size(), response::body);
            RenderedText.assertSafe(body.path("error").asText());
        }
    }

    private static HttpResponse<String> ask(String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/ask"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
