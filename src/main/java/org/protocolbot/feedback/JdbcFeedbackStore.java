package org.protocolbot.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The feedback store on JDBC, in SQL that H2 and PostgreSQL both accept. Open one with {@link #open}.
 * Every timestamp is stored as TIMESTAMP WITH TIME ZONE in UTC.
 */
public final class JdbcFeedbackStore implements FeedbackStore {

    private static final String INSERT_FEEDBACK = "INSERT INTO feedback "
            + "(created_at, adapter, question, outcome, council, helpful, user_hash) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CITATION =
            "INSERT INTO feedback_citation (feedback_id, citation_order, clause_id) VALUES (?, ?, ?)";
    private static final String INSERT_QUESTION = "INSERT INTO asked_question "
            + "(created_at, adapter, question, council, outcome, guard_rule) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String SELECT_FEEDBACK = "SELECT id, created_at, adapter, question, outcome, council, "
            + "helpful, user_hash FROM feedback WHERE created_at >= ? ORDER BY created_at, id";
    private static final String SELECT_CITATIONS = "SELECT c.feedback_id, c.clause_id FROM feedback_citation c "
            + "JOIN feedback f ON f.id = c.feedback_id WHERE f.created_at >= ? "
            + "ORDER BY c.feedback_id, c.citation_order";
    private static final String SELECT_QUESTIONS = "SELECT created_at, adapter, question, council, outcome, "
            + "guard_rule FROM asked_question WHERE created_at >= ? ORDER BY created_at, id";

    private final HikariDataSource dataSource;
    private final UserHasher hasher;
    private final boolean logQuestions;
    private final FeedbackSigner signer;

    private JdbcFeedbackStore(HikariDataSource dataSource, UserHasher hasher, boolean logQuestions,
            FeedbackSigner signer) {
        this.dataSource = dataSource;
        this.hasher = hasher;
        this.logQuestions = logQuestions;
        this.signer = signer;
    }

    @Override
    public boolean canWrite() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement touch = connection.prepareStatement(
                    "UPDATE store_setting SET setting_value = setting_value WHERE setting_name = ?")) {
                touch.setString(1, UserHashSalt.SETTING_NAME);
                touch.executeUpdate();
                return !connection.isReadOnly();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public FeedbackSigner signer() {
        return signer;
    }

    /** Opens the database the config names, migrates its schema and loads the salt. */
    public static JdbcFeedbackStore open(FeedbackConfig config) {
        HikariDataSource dataSource = FeedbackDatabase.open(config);
        try {
            DatabaseMigrations.migrate(dataSource);
            UserHasher hasher = new UserHasher(UserHashSalt.load(dataSource, config.salt()));
            FeedbackSigner signer = FeedbackSigner.load(config.signingKey(), dataSource);
            return new JdbcFeedbackStore(dataSource, hasher, config.logQuestions(), signer);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    @Override
    public void recordFeedback(AnswerFeedback feedback, String userId) {
        String userHash = hasher.hash(feedback.adapter(), userId);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long id = insertFeedback(connection, feedback, userHash);
                insertCitations(connection, id, feedback.citations());
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new FeedbackStoreException("Cannot record feedback", e);
        }
    }

    private static long insertFeedback(Connection connection, AnswerFeedback feedback, String userHash)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_FEEDBACK, new String[] {"id"})) {
            insert.setObject(1, utc(feedback.at()));
            insert.setString(2, feedback.adapter());
            insert.setString(3, feedback.question());
            insert.setString(4, feedback.outcome());
            setOptional(insert, 5, feedback.council());
            insert.setBoolean(6, feedback.helpful());
            insert.setString(7, userHash);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated key for the feedback row");
                }
                return keys.getLong(1);
            }
        }
    }

    private static void insertCitations(Connection connection, long feedbackId, List<String> citations)
            throws SQLException {
        if (citations.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CITATION)) {
            for (int i = 0; i < citations.size(); i++) {
                insert.setLong(1, feedbackId);
                insert.setInt(2, i);
                insert.setString(3, citations.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public boolean recordQuestion(AskedQuestion question) {
        if (!logQuestions || !question.worthLogging()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT_QUESTION)) {
            insert.setObject(1, utc(question.at()));
            insert.setString(2, question.adapter());
            insert.setString(3, question.question());
            setOptional(insert, 4, question.council());
            insert.setString(5, question.outcome());
            setOptional(insert, 6, question.guardRule());
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            throw new FeedbackStoreException("Cannot record the question in the question log", e);
        }
    }

    @Override
    public boolean logsQuestions() {
        return logQuestions;
    }

    @Override
    public List<StoredFeedback> feedbackSince(Instant since) {
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, List<String>> citations = citationsSince(connection, since);
            List<StoredFeedback> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT_FEEDBACK)) {
                select.setObject(1, utc(since));
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        AnswerFeedback feedback = new AnswerFeedback(row.getString("question"),
                                row.getString("outcome"), Optional.ofNullable(row.getString("council")),
                                citations.getOrDefault(row.getLong("id"), List.of()), row.getString("adapter"),
                                row.getBoolean("helpful"), instant(row));
                        rows.add(new StoredFeedback(feedback, row.getString("user_hash")));
                    }
                }
            }
            return List.copyOf(rows);
        } catch (SQLException e) {
            throw new FeedbackStoreException("Cannot read feedback", e);
        }
    }

    private static Map<Long, List<String>> citationsSince(Connection connection, Instant since) throws SQLException {
        Map<Long, List<String>> byFeedback = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_CITATIONS)) {
            select.setObject(1, utc(since));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    byFeedback.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
                }
            }
        }
        return byFeedback;
    }

    @Override
    public List<AskedQuestion> questionsSince(Instant since) {
        List<AskedQuestion> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT_QUESTIONS)) {
            select.setObject(1, utc(since));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new AskedQuestion(row.getString("question"),
                            Optional.ofNullable(row.getString("council")), row.getString("outcome"),
                            Optional.ofNullable(row.getString("guard_rule")), row.getString("adapter"),
                            instant(row)));
                }
            }
            return List.copyOf(rows);
        } catch (SQLException e) {
            throw new FeedbackStoreException("Cannot read the question log", e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row) throws SQLException {
        return row.getObject("created_at", OffsetDateTime.class).toInstant();
    }

    private static void setOptional(PreparedStatement statement, int index, Optional<String> value)
            throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }
}
