package org.protocolbot.feedback.report;

import org.protocolbot.feedback.HoldStoreOpen;
import org.protocolbot.feedback.FeedbackStore;
import org.protocolbot.feedback.StoredFeedback;
import org.protocolbot.feedback.AnswerFeedback;
import org.protocolbot.feedback.AskedQuestion;
import org.protocolbot.feedback.FeedbackConfig;
import org.protocolbot.feedback.JdbcFeedbackStore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code report [--since DATE] [--json]} end to end: seeded embedded database in, printed report out. */
class ReportCommandRunnerTest {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The seeded rows of {@link ReportBuilderTest}, plus one older click and question that --since must drop. */
    private void seed() {
        try (FeedbackStore store = JdbcFeedbackStore.open(FeedbackConfig.embedded(dataDir, true))) {
            List<StoredFeedback> feedback = ReportBuilderTest.seededFeedback();
            for (StoredFeedback stored : feedback) {
                store.recordFeedback(stored.feedback(), "user-" + stored.userHash());
            }
            for (AskedQuestion question : ReportBuilderTest.seededQuestions()) {
                assertTrue(store.recordQuestion(question));
            }
            Instant february = Instant.parse("2025-02-10T12:00:00Z");
            store.recordFeedback(new AnswerFeedback("Old question", "answer", Optional.empty(),
                    List.of("rbkc:1.1"), "web", false, february), "someone-else");
            store.recordQuestion(new AskedQuestion("Old gap", Optional.empty(), "no_match", Optional.empty(), "web",
                    february));
        }
    }

    private int run(FeedbackConfig config, Optional<LocalDate> since, boolean json) {
        return ReportCommandRunner.run(config, since, json, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonSinceADateIsTheSeededReportExactly() {
        seed();
        int status = run(FeedbackConfig.embedded(dataDir, false), ReportBuilderTest.SINCE, true);
        assertEquals(0, status, err());
        assertEquals(ReportJson.render(ReportBuilderTest.expectedReport()), out());
        assertEquals("", err());
    }

    @Test
    void withoutSinceTheReportCoversOlderRowsToo() throws Exception {
        seed();
        assertEquals(0, run(FeedbackConfig.embedded(dataDir, false), Optional.empty(), true), err());
        JsonNode report = new ObjectMapper().readTree(out());
        assertTrue(report.get("since").isNull());
        assertEquals(7, report.at("/totals/feedback").asInt());
        assertEquals(4, report.at("/totals/distinctUsers").asInt(), "three seeded users plus the older one");
        assertEquals(5, report.at("/totals/unanswered").asInt());
        assertEquals("rbkc:1.1", report.at("/notHelpfulClauses/3/clause").asText());
    }

    @Test
    void textIsTheTerminalRenderingOfTheSameReport() {
        seed();
        assertEquals(0, run(FeedbackConfig.embedded(dataDir, false), ReportBuilderTest.SINCE, false), err());
        assertEquals(ReportText.render(ReportBuilderTest.expectedReport()), out());
        assertTrue(out().startsWith("protocol-bot report: since 2025-03-01 (dates in UTC)\n"), out());
    }

    @Test
    void aDatabaseHeldByARunningBotGivesAPlainMessageNotAStackTrace() throws Exception {
        seed();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldStoreOpen.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader lines = new BufferedReader(
                    new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = lines.readLine();
            } while (line != null && !line.equals("open"));
            assertEquals("open", line, "the second JVM opened the store");

            assertEquals(1, run(FeedbackConfig.embedded(dataDir, false), Optional.empty(), false));
            assertEquals("", out());
            assertTrue(err().startsWith("The feedback database (embedded H2 in " + dataDir.toAbsolutePath()
                    + ") is in use by another protocol-bot process."), err());
            assertTrue(err().contains("correlation id "), err());
            assertEquals(1, err().lines().count(), "one line, no stack trace: " + err());
            assertFalse(err().contains("Exception"), err());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    void aDatabaseUrlThatIsNotPostgresIsRefusedWithoutEchoingIt() {
        FeedbackConfig config = new FeedbackConfig(dataDir, Optional.of("mysql://bot:hunter2@db/bot"), false,
                Optional.empty());
        assertEquals(1, run(config, Optional.empty(), true));
        assertTrue(err().startsWith("PROTOCOL_DATABASE_URL must be a jdbc:postgresql:// URL"), err());
        assertFalse(err().contains("hunter2"), err());
        assertEquals("", out());
    }

    @Test
    void anUnreachablePostgresNamesTheSettingButNotThePassword() {
        FeedbackConfig config = new FeedbackConfig(dataDir,
                Optional.of("jdbc:postgresql://127.0.0.1:1/bot?user=bot&password=hunter2&connectTimeout=2"), false,
                Optional.empty());
        assertEquals(1, run(config, Optional.empty(), true));
        assertTrue(err().startsWith("Cannot open the feedback database (PostgreSQL (PROTOCOL_DATABASE_URL))"), err());
        assertFalse(err().contains("hunter2"), err());
    }
}
