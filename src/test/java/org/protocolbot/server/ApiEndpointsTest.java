package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.AnswerJson;
import org.protocolbot.answer.Question;
import org.protocolbot.app.Settings;
import org.protocolbot.chat.ChatResponder;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.Council;
import org.protocolbot.feedback.FeedbackPayload;

/** Each endpoint of the real server, with the real bot, over real HTTP. */
class ApiEndpointsTest {

    static final String QUESTION = "Can an officer attend a party group meeting?";

    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass(Settings.empty());

    @Test
    void askReturnsExactlyTheAnswerJsonTheCliPrints() {
        HttpResponse<String> response = SERVER.get().post("/api/ask", "{\"question\": \"" + QUESTION + "\"}");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        JsonNode expected = withFeedback(SERVER.get().bot.answerer().answer(Question.of(QUESTION)), QUESTION, null);
        assertEquals(expected, RunningServer.json(response));
        assertEquals("answer", RunningServer.json(response).get("outcome").asText());
    }

    @Test
    void askStartsWithExactlyTheFieldsAskJsonPrints() {
        JsonNode answer = RunningServer.json(SERVER.get().post("/api/ask", "{\"question\": \"" + QUESTION + "\"}"));
        JsonNode cli = AnswerJson.toCompactJson(SERVER.get().bot.answerer().answer(Question.of(QUESTION)));

        List<String> firstFields = new ArrayList<>();
        answer.fieldNames().forEachRemaining(firstFields::add);
        assertEquals(List.of("outcome", "citations", "text"), firstFields.subList(0, 3));
        cli.fieldNames().forEachRemaining(field -> assertEquals(cli.get(field), answer.get(field), field));
    }

    @Test
    void askAnswersWithQuotesUnderTheirCitations() {
        JsonNode answer = RunningServer.json(SERVER.get().post("/api/ask", "{\"question\": \"" + QUESTION + "\"}"));

        JsonNode quotes = answer.get("quotes");
        assertFalse(quotes.isEmpty(), answer.toString());
        List<String> quotedIds = new ArrayList<>();
        for (JsonNode quote : quotes) {
            String id = quote.get("citation").asText();
            quotedIds.add(id);
            Clause clause = SERVER.get().bot.corpus().clause(id).orElseThrow();
            assertEquals(clause.text(), quote.get("text").asText(), "quoted verbatim");
            assertTrue(answer.get("text").asText().contains(quote.get("label").asText() + "\n" + clause.text()));
        }
        List<String> citations = new ArrayList<>();
        answer.get("citations").forEach(c -> citations.add(c.asText()));
        assertEquals(quotedIds, citations);
    }

    @Test
    void askScopedToACouncilQuotesOnlyThatCouncil() {
        HttpResponse<String> response = SERVER.get().post("/api/ask",
                "{\"question\": \"" + QUESTION + "\", \"council\": \"leeds\"}");

        assertEquals(200, response.statusCode());
        JsonNode answer = RunningServer.json(response);
        assertEquals(withFeedback(SERVER.get().bot.answerer().answer(Question.of(QUESTION, "leeds")), QUESTION, "leeds"),
                answer);
        answer.get("citations").forEach(c -> assertTrue(c.asText().startsWith("leeds:"), c.asText()));
    }

    @Test
    void askAcceptsACouncilAliasAndNullCouncil() {
        Council rbkc = SERVER.get().bot.corpus().council("rbkc").orElseThrow();
        String alias = rbkc.aliases().get(0);
        JsonNode byAlias = RunningServer.json(SERVER.get().post("/api/ask",
                "{\"question\": \"" + QUESTION + "\", \"council\": \"" + alias.toUpperCase() + "\"}"));
        assertEquals(withFeedback(SERVER.get().bot.answerer().answer(Question.of(QUESTION, "rbkc")), QUESTION, "rbkc"),
                byAlias);

        JsonNode allCouncils = RunningServer.json(SERVER.get().post("/api/ask",
                "{\"question\": \"" + QUESTION + "\", \"council\": null}"));
        assertEquals(withFeedback(SERVER.get().bot.answerer().answer(Question.of(QUESTION)), QUESTION, null),
                allCouncils);
    }

    @Test
    void clauseLookupReturnsTheClauseVerbatim() {
        Clause clause = SERVER.get().bot.corpus().clauses("kirklees").get(2);

        HttpResponse<String> response = SERVER.get().get("/api/clauses/kirklees/" + clause.number());

        assertEquals(200, response.statusCode());
        JsonNode json = RunningServer.json(response);
        assertEquals("kirklees", json.get("council").asText());
        assertEquals(clause.number(), json.get("clause").asText());
        assertEquals(clause.sectionHeading(), json.get("heading").asText());
        assertEquals(clause.text(), json.get("text").asText());
        assertEquals(AnswerJson.toJson(SERVER.get().bot.chat().lookup("kirklees", clause.number())),
                json.get("answer"), "the chat lookup it is, with no feedback buttons: there is nothing to rate");
    }

    @Test
    void theQuestionBoxSpeaksTheChatLanguage() {
        Clause clause = dottedClause("leeds");
        ChatResponder chat = SERVER.get().bot.chat();

        JsonNode lookup = RunningServer.json(SERVER.get().post("/api/ask",
                "{\"question\": \"leeds " + clause.number() + "\"}"));
        assertEquals(AnswerJson.toJson(chat.lookup("leeds", clause.number())), lookup);
        assertFalse(lookup.has("feedback"), "no feedback buttons on a plain lookup");

        JsonNode withCouncil = RunningServer.json(SERVER.get().post("/api/ask",
                "{\"question\": \"" + clause.number() + "\", \"council\": \"leeds\"}"));
        assertEquals(lookup, withCouncil, "a bare number looks up in the chosen council");

        JsonNode help = RunningServer.json(SERVER.get().post("/api/ask", "{\"question\": \"help\"}"));
        assertEquals(AnswerJson.toJson(chat.respond("help", Optional.empty(), AskEndpoint.COMMAND_PREFIX)), help);
        assertEquals("info", help.get("outcome").asText());
        assertFalse(help.has("feedback"));

        JsonNode councils = RunningServer.json(SERVER.get().post("/api/ask", "{\"question\": \"councils\"}"));
        assertEquals("info", councils.get("outcome").asText());
        assertTrue(councils.get("text").asText().contains("leeds"), councils.toString());

        JsonNode question = RunningServer.json(SERVER.get().post("/api/ask",
                "{\"question\": \"" + QUESTION + "\", \"council\": \"leeds\"}"));
        assertTrue(question.has("feedback"), "a question answered from the protocol can still be rated");
    }

    @Test
    void clauseNumbersAreNormalisedAndCouncilIdsAreCaseInsensitive() {
        Clause clause = dottedClause("leeds");

        JsonNode json = RunningServer.json(SERVER.get().get("/api/clauses/LEEDS/clause%20" + clause.number() + "."));

        assertEquals("leeds", json.get("council").asText());
        assertEquals(clause.number(), json.get("clause").asText());
        assertEquals(clause.text(), json.get("text").asText());
    }

    @Test
    void councilsListsEveryCouncilWithItsClauseCount() {
        HttpResponse<String> response = SERVER.get().get("/api/councils");

        assertEquals(200, response.statusCode());
        JsonNode councils = RunningServer.json(response).get("councils");
        assertEquals(SERVER.get().bot.corpus().councils().size(), councils.size());
        for (int i = 0; i < councils.size(); i++) {
            Council council = SERVER.get().bot.corpus().councils().get(i);
            assertEquals(council.id(), councils.get(i).get("id").asText());
            assertEquals(council.name(), councils.get(i).get("name").asText());
            assertEquals(SERVER.get().bot.corpus().clauses(council.id()).size(), councils.get(i).get("clauses").asInt());
        }
        assertTrue(RunningServer.json(response).get("defaultCouncil").isNull());
    }

    @Test
    void healthAndReadiness() {
        HttpResponse<String> alive = SERVER.get().get("/healthz");
        assertEquals(200, alive.statusCode());
        assertEquals("alive", RunningServer.json(alive).get("status").asText());

        HttpResponse<String> ready = SERVER.get().get("/readyz");
        assertEquals(200, ready.statusCode());
        JsonNode json = RunningServer.json(ready);
        assertEquals("ready", json.get("status").asText());
        assertEquals(SERVER.get().bot.corpus().size(), json.get("clauses").asInt());
        assertEquals(SERVER.get().bot.corpus().councils().size(), json.get("councils").asInt());
    }

    @Test
    void everyResponseCarriesACorrelationId() {
        String first = SERVER.get().get("/healthz").headers().firstValue("X-Correlation-Id").orElseThrow();
        String second = SERVER.get().get("/nowhere").headers().firstValue("X-Correlation-Id").orElseThrow();

        assertTrue(first.matches("[0-9a-f-]{36}"), first);
        assertFalse(first.equals(second));
    }

    /** What the API returns for an answer: its JSON, then the feedback value the page sends back with a click. */
    static JsonNode withFeedback(Answer answer, String question, String council) {
        return withFeedback(SERVER.get(), answer, question, council);
    }

    /** The same, signed by the given server's key. */
    static JsonNode withFeedback(RunningServer server, Answer answer, String question, String council) {
        ObjectNode json = AnswerJson.toJson(answer);
        json.put("feedback", server.server.feedbackSigner()
                .sign(FeedbackPayload.of(question, Optional.ofNullable(council), answer)));
        return json;
    }

    /** A clause numbered like 7.4, so the test exercises the "clause 7.4." spelling. */
    static Clause dottedClause(String council) {
        return SERVER.get().bot.corpus().clauses(council).stream().filter(c -> c.number().contains("."))
                .findFirst().orElseThrow();
    }
}
