package org.protocolbot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/**
 * What every {@link FeedbackStore} database must do; run against embedded H2 always and against a real
 * PostgreSQL when one is configured. Subclasses say where the database is and how to reach it directly.
 */
abstract class FeedbackStoreContract {

    static final Instant MONDAY = Instant.parse("2025-03-03T09:15:00Z");
    static final Instant TUESDAY = Instant.parse("2025-03-04T14:30:00Z");
    static final String RAW_USER_ID = "U07RAWSLACKID";
    static final String RAW_USER_NAME = "Councillor Jane Example";

    /** The store's configuration; equal on every call within one test, so a reopen finds the same data. */
    abstract FeedbackConfig config(boolean logQuestions, Optional<String> salt);

    /** A direct connection to the same database, to check rows behind the store's back. */
    abstract Connection connect() throws SQLException;

    /** The schema the store's tables live in, as the database's metadata names it. */
    abstract String schema();

    JdbcFeedbackStore open(boolean logQuestions) {
        return JdbcFeedbackStore.open(config(logQuestions, Optional.empty()));
    }

    static AnswerFeedback click(String question, List<String> citations, String adapter, boolean helpful,
            Instant at) {
        return new AnswerFeedback(question, "answer", Optional.of("kirklees"), citations, adapter, helpful, at);
    }

    @Test
    void recordedFeedbackLandsAsRowsAndReadsBack() throws SQLException {
        AnswerFeedback first = click("Can I attend a party group meeting?", List.of("kirklees:6.3", "kirklees:6.4"),
                "slack", false, MONDAY);
        AnswerFeedback second = new AnswerFeedback("What is a monitoring officer", "no_match", Optional.empty(),
                List.of(), "teams", true, TUESDAY);
        try (JdbcFeedbackStore store = open(false)) {
            store.recordFeedback(first, RAW_USER_ID);
            store.recordFeedback(second, "29:1teamsuser");

            List<StoredFeedback> stored = store.feedbackSince(Instant.EPOCH);
            assertEquals(List.of(first, second), stored.stream().map(StoredFeedback::feedback).toList());
            assertEquals(List.of(second), store.feedbackSince(TUESDAY).stream().map(StoredFeedback::feedback)
                    .toList(), "since is inclusive and drops older clicks");
        }
        try (Connection db = connect(); Statement sql = db.createStatement()) {
            List<String> rows = new ArrayList<>();
            try (ResultSet row = sql.executeQuery("SELECT adapter, question, outcome, council, helpful FROM feedback "
                    + "ORDER BY id")) {
                while (row.next()) {
                    rows.add(row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3) + "|"
                            + row.getString(4) + "|" + row.getBoolean(5));
                }
            }
            assertEquals(List.of("slack|Can I attend a party group meeting?|answer|kirklees|false",
                    "teams|What is a monitoring officer|no_match|null|true"), rows);
            List<String> citations = new ArrayList<>();
            try (ResultSet row = sql.executeQuery(
                    "SELECT citation_order, clause_id FROM feedback_citation ORDER BY feedback_id, citation_order")) {
                while (row.next()) {
                    citations.add(row.getInt(1) + ":" + row.getString(2));
                }
            }
            assertEquals(List.of("0:kirklees:6.3", "1:kirklees:6.4"), citations);
        }
    }

    @Test
    void theRawUserIdNeverReachesTheDatabase() throws SQLException {
        try (JdbcFeedbackStore store = open(true)) {
            store.recordFeedback(click("Who advises the cabinet?", List.of("leeds:7.4"), "slack", true, MONDAY),
                    RAW_USER_ID);
            store.recordFeedback(click("Who advises the cabinet?", List.of("leeds:7.4"), "teams", false, MONDAY),
                    RAW_USER_NAME);
            store.recordQuestion(new AskedQuestion("How do I stand for election?", Optional.empty(), "no_match",
                    Optional.empty(), "slack", MONDAY));
        }
        List<String> strings = allStoredStrings();
        assertTrue(strings.contains("Who advises the cabinet?"), "the scan reads the tables: " + strings);
        for (String value : strings) {
            assertFalse(value.contains(RAW_USER_ID), "raw user id stored: " + value);
            assertFalse(value.contains(RAW_USER_NAME), "user name stored: " + value);
        }
    }

    @Test
    void theSameUserHashesTheSameAndDifferentUsersDiffer() {
        try (JdbcFeedbackStore store = open(false)) {
            AnswerFeedback helpful = click("Q", List.of(), "slack", true, MONDAY);
            store.recordFeedback(helpful, RAW_USER_ID);
            store.recordFeedback(helpful, RAW_USER_ID);
            store.recordFeedback(helpful, "U0OTHER");
            store.recordFeedback(click("Q", List.of(), "teams", true, MONDAY), RAW_USER_ID);

            List<String> hashes = store.feedbackSince(Instant.EPOCH).stream().map(StoredFeedback::userHash).toList();
            assertTrue(hashes.stream().allMatch(h -> h.matches("[0-9a-f]{64}")), hashes.toString());
            assertEquals(hashes.get(0), hashes.get(1));
            assertNotEquals(hashes.get(0), hashes.get(2));
            assertNotEquals(hashes.get(0), hashes.get(3), "a Teams id equal to a Slack id is another user");
        }
    }

    @Test
    void aConfiguredSaltGivesTheDocumentedHmacSha256() throws Exception {
        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(config(false, Optional.of("council-salt-2025")))) {
            store.recordFeedback(click("Q", List.of(), "slack", true, MONDAY), RAW_USER_ID);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("council-salt-2025".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = HexFormat.of().formatHex(
                    mac.doFinal(("slack\u0000" + RAW_USER_ID).getBytes(StandardCharsets.UTF_8)));
            assertEquals(expected, store.feedbackSince(Instant.EPOCH).get(0).userHash());
        }
    }

    @Test
    void theQuestionLogKeepsNothingUnlessTheOperatorOptsIn() throws SQLException {
        AskedQuestion unanswered = new AskedQuestion("Can officers accept gifts?", Optional.of("leeds"), "no_match",
                Optional.empty(), "web", MONDAY);
        try (JdbcFeedbackStore store = open(false)) {
            assertFalse(store.logsQuestions());
            assertFalse(store.recordQuestion(unanswered));
        }
        assertEquals(0, count("asked_question"));

        AskedQuestion refused = new AskedQuestion("Draft my group's campaign leaflet", Optional.empty(), "refuse",
                Optional.of("party-business"), "slack", TUESDAY);
        AskedQuestion answered = new AskedQuestion("What is clause 6.3?", Optional.of("kirklees"), "answer",
                Optional.empty(), "slack", TUESDAY);
        try (JdbcFeedbackStore store = open(true)) {
            assertTrue(store.recordQuestion(unanswered));
            assertTrue(store.recordQuestion(refused));
            assertFalse(store.recordQuestion(answered), "answered questions are not logged");
            assertEquals(List.of(unanswered, refused), store.questionsSince(Instant.EPOCH));
            assertEquals(List.of(refused), store.questionsSince(TUESDAY));
        }
        assertEquals(2, count("asked_question"));
    }

    @Test
    void aRestartKeepsTheDataTheSaltAndRunsNoMigrationTwice() throws SQLException {
        String hashBefore;
        try (JdbcFeedbackStore store = open(true)) {
            store.recordFeedback(click("Q", List.of("rbkc:4.1"), "slack", false, MONDAY), RAW_USER_ID);
            store.recordQuestion(new AskedQuestion("Unanswered", Optional.empty(), "no_match", Optional.empty(),
                    "slack", MONDAY));
            hashBefore = store.feedbackSince(Instant.EPOCH).get(0).userHash();
        }
        try (JdbcFeedbackStore store = open(true)) {
            store.recordFeedback(click("Q", List.of("rbkc:4.1"), "slack", false, TUESDAY), RAW_USER_ID);
            List<StoredFeedback> stored = store.feedbackSince(Instant.EPOCH);
            assertEquals(2, stored.size());
            assertEquals(List.of("rbkc:4.1"), stored.get(0).feedback().citations());
            assertEquals(List.of(hashBefore, hashBefore), List.of(stored.get(0).userHash(), stored.get(1).userHash()),
                    "the generated salt is kept, so the same user counts once across restarts");
            assertEquals(1, store.questionsSince(Instant.EPOCH).size());
        }
        try (Connection db = connect(); Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                        + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            List<String> migrations = new ArrayList<>();
            while (row.next()) {
                migrations.add(row.getString(1) + ":" + row.getBoolean(2));
            }
            // Each migration once and successfully, whichever later ones (V2, V3 …) the build carries.
            assertEquals("1:true", migrations.get(0), migrations::toString);
            assertEquals(migrations.stream().distinct().toList(), migrations, "no migration ran twice");
            assertTrue(migrations.stream().allMatch(m -> m.endsWith(":true")), migrations::toString);
        }
        // The generated user-hash salt and the generated feedback signing key, each kept once.
        assertEquals(2, count("store_setting"));
    }

    int count(String table) throws SQLException {
        try (Connection db = connect(); Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getInt(1);
        }
    }

    /** Every value of every character column of every table in the store's schema. */
    List<String> allStoredStrings() throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = connect()) {
            DatabaseMetaData meta = db.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet column = meta.getColumns(null, schema(), "%", "%")) {
                while (column.next()) {
                    int type = column.getInt("DATA_TYPE");
                    if (type == Types.VARCHAR || type == Types.CHAR || type == Types.CLOB
                            || type == Types.LONGVARCHAR || type == Types.NVARCHAR) {
                        columns.add(new String[] {column.getString("TABLE_NAME"), column.getString("COLUMN_NAME")});
                    }
                }
            }
            assertTrue(columns.size() >= 10, "found the string columns: " + columns.size());
            try (Statement sql = db.createStatement()) {
                for (String[] column : columns) {
                    String query = "SELECT \"" + column[1] + "\" FROM \"" + schema() + "\".\"" + column[0] + "\"";
                    try (ResultSet row = sql.executeQuery(query)) {
                        while (row.next()) {
                            if (row.getString(1) != null) {
                                values.add(row.getString(1));
                            }
                        }
                    }
                }
            }
        }
        return values;
    }
}
