package org.protocolbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;
import org.protocolbot.TestStores;
import org.protocolbot.app.Settings;
import org.protocolbot.corpus.ManifestCouncils;
import org.protocolbot.server.BotServer;

/** {@code ask} and the terminal chat answer for the council the operator chose, and say which one that is. */
class AskAndChatCouncilTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARTY_GROUP = "Can an officer attend a party group meeting?";

    @Test
    void askHonoursTheDefaultCouncilAndTheFlagOverridesIt() throws Exception {
        CliRun leeds = CliRun.run(Map.of("PROTOCOL_DEFAULT_COUNCIL", "leeds"), "ask", "--json", PARTY_GROUP);
        assertEquals(0, leeds.exit(), leeds.err());
        assertCitationsAllFrom("leeds", JSON.readTree(leeds.out()));

        CliRun rbkc = CliRun.run(Map.of("PROTOCOL_DEFAULT_COUNCIL", "leeds"), "ask", "--council", "RBKC", "--json", PARTY_GROUP);
        assertEquals(0, rbkc.exit(), rbkc.err());
        assertCitationsAllFrom("rbkc", JSON.readTree(rbkc.out()));
    }

    @Test
    void askJsonIsWhatPostApiAskReturnsSaveTheServersSignatureOnTheFeedbackValue() throws Exception {
        String question = "Can councillors instruct junior staff?";
        CliRun cli = CliRun.run(Map.of(), "ask", "--council", "kirklees", "--json", question);
        assertEquals(0, cli.exit(), cli.err());

        Settings settings = Settings.fromEnv(Map.of("PROTOCOL_DATA_DIR", TestStores.newDataDir().toString()));
        BotServer server = BotServer.start(TestBots.shared(), settings, 0);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/api/ask"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                            .put("question", question).put("council", "kirklees").toString()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            JsonNode api = JSON.readTree(response.body());
            com.fasterxml.jackson.databind.node.ObjectNode local = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(cli.out());
            // The server signs the feedback value with its own key (so clicks cannot be forged); the CLI has no key.
            String signed = api.path("feedback").asText();
            assertTrue(signed.endsWith("." + local.path("feedback").asText()), signed);
            local.put("feedback", signed);
            assertEquals(api, local);
            assertEquals(List.of("outcome", "citations", "text"), fieldNames(JSON.readTree(cli.out())).subList(0, 3));
            assertTrue(api.has("quotes") && api.has("feedback"), api.toString());
        } finally {
            server.stop();
        }
    }

    @Test
    void askMarksTheAnsweringSentenceWithoutChangingTheQuote() {
        String question = "Can a councillor give instructions to junior staff?";
        var answer = TestBots.shared().answerer().answer(org.protocolbot.answer.Question.of(question, "rbkc"));
        var quote = answer.quotes().get(0);
        String sentence = quote.answeringText().orElseThrow();
        CliRun run = CliRun.run(Map.of("COLUMNS", "70"), "ask", "--council", "rbkc", question);
        assertEquals(0, run.exit(), run.err());
        String unwrapped = run.out().replace('\n', ' ');
        assertTrue(unwrapped.contains("»" + sentence.replace('\n', ' ') + "«"), run.out());
        assertTrue(unwrapped.replace("»", "").replace("«", "").contains(quote.text().replace('\n', ' ')),
                "the quote is all there, unchanged");
        assertTrue(sentence.startsWith("Councillors must not give instructions to junior staff"), sentence);
    }

    @Test
    void chatWithACouncilSaysSoAndAnswersClauseNumbersFromIt() {
        CliRun run = CliRun.withInput(Map.of("COLUMNS", "60"), "7.6\nquit\n", "chat", "--council", "leeds");
        assertEquals(0, run.exit(), run.err());
        String unwrapped = run.out().replace('\n', ' ');
        assertTrue(unwrapped.contains("Council: Leeds City Council (leeds, from --council)."), run.out());
        assertTrue(unwrapped.contains("protocol-bot chat --council ID to change it."), run.out());
        assertTrue(run.out().contains("Leeds City Council, clause 7.6"), run.out());
        assertTerminalText(run.out(), 60);
    }

    @Test
    void chatWithNoCouncilSaysAnswersComeFromAllCouncils() {
        CliRun run = CliRun.withInput(Map.of(), "", "chat");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().replace('\n', ' ').contains("No council set: answers come from all councils ("
                + ManifestCouncils.listed() + "). To answer for yours, start with: protocol-bot chat "
                + "--council ID (or set PROTOCOL_DEFAULT_COUNCIL)."), run.out());
        assertTerminalText(run.out(), 80);
    }

    @Test
    void chatTakesTheDefaultCouncilFromTheSetting() {
        CliRun run = CliRun.withInput(Map.of("PROTOCOL_DEFAULT_COUNCIL", "kirklees"), "quit\n");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().replace('\n', ' ').contains("Council: Kirklees Council (kirklees, from PROTOCOL_DEFAULT_COUNCIL)."),
                run.out());
    }

    /** Wrapped between words at the width, and no chat markup. */
    private static void assertTerminalText(String out, int width) {
        assertFalse(out.contains("`"), out);
        out.lines().forEach(line -> assertTrue(line.length() <= width || !line.contains(" "), "too wide: " + line));
    }

    private static void assertCitationsAllFrom(String council, JsonNode answer) {
        assertFalse(answer.get("citations").isEmpty(), answer.toString());
        answer.get("citations").forEach(c -> assertTrue(c.asText().startsWith(council + ":"), answer.toString()));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
