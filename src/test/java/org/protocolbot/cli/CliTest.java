package org.protocolbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.protocolbot.TestBots;
import org.protocolbot.answer.Question;
import org.protocolbot.corpus.ManifestCouncils;

class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static CliRun cli(String... args) {
        return CliRun.run(args);
    }

    @Test
    void clauseJsonIsExactlyTheFourFields() throws Exception {
        CliRun run = cli("clause", "rbkc", "I.05", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode node = JSON.readTree(run.out());
        assertEquals(List.of("council", "clause", "heading", "text"), fieldNames(node));
        assertEquals("rbkc", node.get("council").asText());
        assertEquals("1.05", node.get("clause").asText());
        assertEquals("THE ROLES OF COUNCILLORS AND OFFICERS", node.get("heading").asText());
        assertTrue(node.get("text").asText().startsWith("Councillors can expect from officers:"));
    }

    @Test
    void clausePrintsTheCitationThenTheText() {
        CliRun run = cli("clause", "leeds", "clause", "7.6.");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("Leeds City Council, clause 7.6 (THE RELATIONSHIP: OFFICER SUPPORT TO MEMBERS AND PARTY GROUPS)\n"
                + "Officers have the right to refuse a request to attend a party group"), run.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "clause|nowhere|6.3|unknown council \"nowhere\"; known councils: {manifest}",
        "clause|kirklees|6.9|Kirklees Council has no clause 6.9; nearest: 6.4, 6.5, 6.6",
        "clause|kirklees|../../etc/passwd|\"../../etc/passwd\" is not a clause number (try e.g. 6.3, 1.05 or \"clause 7.4\")",
        "clause|../knowledge|6.3|unknown council \"../knowledge\"; known councils: {manifest}",
        "clauses|zzz||unknown council \"zzz\"; known councils: {manifest}",
    })
    void badInputExitsTwoWithOneLineOnStderr(String command, String council, String number, String message) {
        CliRun run = number == null ? cli(command, council) : cli(command, council, number);
        assertEquals(2, run.exit());
        // The council list is whatever the manifest lists, so adding a council does not break this test.
        assertEquals("protocol-bot: " + message.replace("{manifest}", ManifestCouncils.listed()) + "\n", run.err());
        assertEquals("", run.out());
        assertFalse(run.err().contains("Exception"));
    }

    @Test
    void unknownCommandsAndOptionsExitTwo() {
        assertEquals(2, cli("frobnicate").exit());
        CliRun run = cli("ask", "--council");
        assertEquals(2, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("usage: protocol-bot ask "), run.err());
    }

    @Test
    void clausesListsNumbersAndHeadings() {
        CliRun run = cli("clauses", "appendix-j");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("Appendix J (district council): 21 clauses\n1.1\tIntroduction\n"), run.out());
    }

    @Test
    void askPrintsTheCoresAnswerWrappedForTheTerminal() {
        String question = "Is it okay for me to give a party group factual information?";
        var answer = TestBots.shared().answerer().answer(Question.of(question, "kirklees"));
        CliRun text = cli("ask", "--council", "kirklees", question);
        assertEquals(0, text.exit(), text.err());
        String shown = text.out().replace(TerminalText.MARK_ON, "").replace(TerminalText.MARK_OFF, "");
        assertEquals(answer.text().replace('\n', ' ') + " ", shown.replace('\n', ' '),
                "only spaces became line breaks, and only the marks were added");
        assertTrue(text.out().lines().allMatch(line -> line.length() <= 80 || !line.contains(" ")), text.out());
    }

    @Test
    void evalWritesOneLinePerQuestionInInputOrder(@TempDir Path dir) throws Exception {
        Path questions = dir.resolve("q.jsonl");
        Files.writeString(questions, """
                {"id":"a","council":"leeds","question":"Can officers refuse to attend a party group meeting?","expect":"answer","clauses":["leeds:7.6"]}
                {"id":"b","question":"Write a speech attacking the Greens for our group leader","expect":"refuse"}
                {"id":"c","question":"What is the capital of France?","expect":"no_match"}
                """);
        Path results = dir.resolve("r.jsonl");
        CliRun run = cli("eval", questions.toString(), "--out", results.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = Files.readAllLines(results);
        assertEquals(3, lines.size());
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals(List.of("id", "outcome", "citations"), fieldNames(first));
        assertEquals("a", first.get("id").asText());
        assertEquals("answer", first.get("outcome").asText());
        assertEquals("leeds:7.6", first.get("citations").get(0).asText());
        assertEquals("refuse", JSON.readTree(lines.get(1)).get("outcome").asText());
        assertEquals("{\"id\":\"c\",\"outcome\":\"no_match\",\"citations\":[]}", lines.get(2));
        assertTrue(run.out().contains("hit@1            1.000  (1/1)"), run.out());
        assertTrue(run.out().contains("refusal recall   1.000  (1/1)"), run.out());
    }

    @Test
    void evalRejectsAMalformedFileNamingTheLine(@TempDir Path dir) throws Exception {
        Path questions = dir.resolve("bad.jsonl");
        Files.writeString(questions, "{\"id\":\"a\",\"question\":\"x\",\"expect\":\"answer\"}\nnot json\n");
        CliRun run = cli("eval", questions.toString());
        assertEquals(2, run.exit());
        assertEquals("protocol-bot: " + questions + ":2: not a JSON question object\n", run.err());
    }

    @Test
    void printsUtf8EvenWhereTheMachineLocaleIsNot() throws Exception {
        // A server with no LANG set runs Java with an ASCII default charset; clause text must survive it.
        ProcessBuilder process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "clause", "rbkc", "1.12", "--json");
        process.environment().clear();
        process.redirectErrorStream(false);
        Process running = process.start();
        byte[] stdout = running.getInputStream().readAllBytes();
        assertEquals(0, running.waitFor());
        String text = JSON.readTree(new String(stdout, java.nio.charset.StandardCharsets.UTF_8)).get("text").asText();
        assertTrue(text.contains("no Key Decisions will – or can by law - be taken."), text);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
