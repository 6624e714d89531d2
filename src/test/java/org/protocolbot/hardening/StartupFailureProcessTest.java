package org.protocolbot.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command in a real JVM, with PROTOCOL_KNOWLEDGE_DIR pointing at a damaged copy of knowledge/ (the setting
 * comes from the environment, which a test cannot change in its own JVM): the process exits non-zero with one line
 * on stderr naming the file, prints no answer, and shows no stack trace.
 */
class StartupFailureProcessTest {

    private static final String QUESTION = "Can officers attend party group meetings?";

    @TempDir
    Path temp;

    /** Exit code, stdout and stderr of a finished process. */
    record Run(int exit, String out, String err) {
    }

    @Test
    void withTheIntactCopyTheCommandAnswers() throws Exception {
        // The control: same JVM command, same classpath, sound knowledge; so the failures below are the damage's.
        Path dir = KnowledgeCopy.into(temp.resolve("knowledge"));

        Run run = ask(dir);

        assertEquals(0, run.exit(), run::err);
        assertTrue(run.out().startsWith("No council was named"), run::out);
    }

    @Test
    void aMissingManifestExitsWithOneLineNamingIt() throws Exception {
        Path dir = KnowledgeCopy.into(temp.resolve("knowledge"));
        KnowledgeCopy.delete(dir.resolve("manifest.json"));

        Run run = ask(dir);

        assertFailedNaming(run, "protocol-bot: " + dir.resolve("manifest.json") + ": missing");
    }

    @Test
    void aCorruptClauseRecordExitsWithOneLineNamingTheFileAndLine() throws Exception {
        Path dir = KnowledgeCopy.into(temp.resolve("knowledge"));
        Path leeds = dir.resolve("clauses/leeds.jsonl");
        List<String> lines = new ArrayList<>(KnowledgeCopy.lines(leeds));
        lines.set(6, lines.get(6).substring(0, 40));
        KnowledgeCopy.write(leeds, String.join("\n", lines) + "\n");

        Run run = ask(dir);

        assertFailedNaming(run, "protocol-bot: " + leeds + ":7: corrupt clause record");
    }

    private static void assertFailedNaming(Run run, String expectedLineStart) {
        assertEquals(1, run.exit(), "exit code for a broken knowledge file; stderr: " + run.err());
        assertEquals("", run.out(), "no answer from a bot that did not load");
        List<String> ours = run.err().lines().filter(l -> l.startsWith("protocol-bot:")).toList();
        assertEquals(1, ours.size(), run::err);
        assertTrue(ours.get(0).startsWith(expectedLineStart), () -> ours.get(0));
        assertFalse(run.err().contains("\tat "), () -> "a stack trace on stderr: " + run.err());
        assertFalse(run.err().contains("Exception"), () -> "an exception name on stderr: " + run.err());
    }

    private Run ask(Path knowledgeDir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.protocolbot.cli.Main", "ask", QUESTION);
        builder.environment().put("PROTOCOL_KNOWLEDGE_DIR", knowledgeDir.toString());
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
