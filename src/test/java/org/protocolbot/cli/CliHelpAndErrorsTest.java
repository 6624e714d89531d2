package org.protocolbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.protocolbot.corpus.ManifestCouncils;

/** What a newcomer sees first: help on every command, the version, and one-line errors that name what is valid. */
class CliHelpAndErrorsTest {

    static final List<String> COMMANDS = List.of("ask", "clause", "clauses", "chat", "compare", "ingest", "eval", "tune",
            "serve", "report", "bench");
    static final String KNOWN = "known councils: " + ManifestCouncils.listed();

    @ParameterizedTest
    @ValueSource(strings = {"ask", "clause", "clauses", "chat", "compare", "ingest", "eval", "tune", "serve", "report", "bench"})
    void everyCommandHasHelpWithUsageAnExampleAndTheExitCodes(String command) {
        for (String flag : List.of("--help", "-h")) {
            CliRun run = CliRun.run(command, flag);
            assertEquals(0, run.exit(), run.err());
            assertEquals("", run.err());
            assertTrue(run.out().startsWith("Usage: protocol-bot " + command + " "), run.out());
            assertTrue(run.out().contains("\nExample"), run.out());
            assertTrue(run.out().contains("  protocol-bot " + command), "the example runs this command: " + run.out());
            assertTrue(run.out().contains("Exit codes:\n  0   Success.\n"), run.out());
            assertTrue(run.out().contains("  2   Bad input: one line on stderr naming what is valid."), run.out());
            assertFalse(run.out().contains("`"), "no chat markup in terminal help: " + run.out());
            assertTrue(run.out().lines().allMatch(line -> line.length() <= TerminalStyle.DEFAULT_WIDTH), run.out());
        }
    }

    @Test
    void askHelpIsHelpNotAComplaintAboutTheMissingQuestion() {
        CliRun run = CliRun.run("ask", "--help");
        assertEquals(0, run.exit());
        assertFalse(run.out().contains("Missing required parameter"), run.out());
        assertTrue(run.out().contains("PROTOCOL_DEFAULT_COUNCIL"), "says where the default council comes from");
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        CliRun run = CliRun.run("--help");
        assertEquals(0, run.exit());
        for (String command : COMMANDS) {
            assertTrue(run.out().contains("\n  " + command + " "), command + " in " + run.out());
        }
    }

    @Test
    void versionComesFromTheBuild() {
        CliRun run = CliRun.run("--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().matches("protocol-bot \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n"), run.out());
        assertEquals(run.out(), CliRun.run("ask", "--version").out(), "every command knows the version");
    }

    @Test
    void anUnknownCommandListsTheCommands() {
        CliRun run = CliRun.run("foo");
        assertEquals(2, run.exit());
        assertEquals("protocol-bot: unknown command \"foo\"; commands: " + String.join(", ", COMMANDS)
                + " (see protocol-bot --help)\n", run.err());
        assertEquals("", run.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ask --frob hi|unknown option \"--frob\" for protocol-bot ask; options: --council, --json, --help, --version (see protocol-bot ask --help)",
        "clause leeds|missing required parameter: 'NUMBER'; usage: protocol-bot clause [-hV] [--json] COUNCIL NUMBER... (see protocol-bot clause --help)",
        "ask|missing required parameter: 'QUESTION'; usage: protocol-bot ask [-hV] [--json] [--council=ID] QUESTION... (see protocol-bot ask --help)",
        "clauses leeds extra|unexpected argument \"extra\"; usage: protocol-bot clauses [-hV] COUNCIL (see protocol-bot clauses --help)",
        "eval q.jsonl --mode fast|invalid value for option '--mode': expected one of [EMBEDDING, LEXICAL, HYBRID] (case-insensitive) but was 'fast'; usage: protocol-bot eval [-hV] [--no-misses] [--mode=MODE] [--out=RESULTS.jsonl] QUESTIONS.jsonl (see protocol-bot eval --help)",
        "--frob|unknown option \"--frob\" for protocol-bot; options: --help, --version (see protocol-bot --help)",
    })
    void badArgumentsAreOneLineNamingWhatIsValid(String args, String message) {
        CliRun run = CliRun.run(args.split(" "));
        assertEquals(2, run.exit());
        assertEquals("protocol-bot: " + message + "\n", run.err());
        assertEquals("", run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ask", "chat"})
    void anUnknownDefaultCouncilIsExitTwoNamingTheValidOnes(String command) {
        String[] args = command.equals("ask") ? new String[] {"ask", "hi"} : new String[] {"chat"};
        CliRun run = CliRun.run(Map.of("PROTOCOL_DEFAULT_COUNCIL", "nowhere"), args);
        assertEquals(2, run.exit(), run.err());
        assertEquals("protocol-bot: PROTOCOL_DEFAULT_COUNCIL=nowhere is not a known council; " + KNOWN + "\n", run.err());
        assertFalse(run.out().contains("loading"), "checked before the model loads: " + run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ask --council nowhere hi", "chat --council nowhere"})
    void anUnknownCouncilFlagIsExitTwoNamingTheValidOnes(String args) {
        CliRun run = CliRun.run(Map.of("PROTOCOL_DEFAULT_COUNCIL", "leeds"), args.split(" "));
        assertEquals(2, run.exit());
        assertEquals("protocol-bot: unknown council \"nowhere\"; " + KNOWN + "\n", run.err());
    }

    @Test
    void noErrorEverPrintsAStackTraceOrUnexpectedError() {
        for (String[] args : List.of(new String[] {"foo"}, new String[] {"ask"}, new String[] {"clause", "x", "y"},
                new String[] {"serve", "--port", "99999"}, new String[] {"bench", "--iterations", "0"})) {
            CliRun run = CliRun.run(args);
            assertEquals(2, run.exit(), String.join(" ", args) + ": " + run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("unexpected error"), run.err());
        }
    }
}
