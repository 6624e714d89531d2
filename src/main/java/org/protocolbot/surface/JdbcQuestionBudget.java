package org.protocolbot.surface;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link QuestionBudget} kept in the database every replica shares ({@code question_budget}, Flyway migration
 * V4), so a user whose messages the load balancer spreads over three replicas still has one budget, not three.
 *
 * <p>It counts in fixed windows of a clock minute: a question adds one to the user's row for this minute, guarded by
 * {@code spent < limit} in the same {@code UPDATE}, which the database applies atomically under its row lock however
 * many replicas race (PostgreSQL and H2 alike); the first question of a minute inserts the row, and a replica that
 * loses that insert race (SQLState 23505) tries the update once more. No dialect-specific upsert is needed. A fixed
 * window lets a user ask up to twice the budget across a minute's boundary, which is enough to stop a loop.
 *
 * <p>Only a SHA-256 of the surface and the user id is stored, and each row is deleted a few minutes after its
 * minute ends. When the database cannot answer, the question is answered (fail open) and one WARN says why: a
 * budget is protection, not a reason to fall silent.
 */
public final class JdbcQuestionBudget implements QuestionBudget {

    /** How long past rows are kept before a prune deletes them; any window older than a minute is already spent. */
    static final Duration KEEP = Duration.ofMinutes(5);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int PRUNE_EVERY_QUESTIONS = 500;
    private static final Logger LOG = LoggerFactory.getLogger(JdbcQuestionBudget.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final String surface;
    private final int perMinute;
    private final AtomicInteger questions = new AtomicInteger();

    /**
     * @param dataSource the shared database, its schema migrated (the feedback store does that first)
     * @param surface    e.g. {@code slack}; users of different surfaces never share a budget
     * @param perMinute  questions each user may ask per clock minute; at least 1
     */
    public JdbcQuestionBudget(DataSource dataSource, Clock clock, String surface, int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1 (use QuestionBudget.unlimited())");
        }
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.surface = Objects.requireNonNull(surface, "surface");
        this.perMinute = perMinute;
    }

    @Override
    public OptionalLong spend(String key) {
        Instant now = clock.instant();
        Instant window = now.truncatedTo(ChronoUnit.MINUTES);
        String userKey = userKey(key);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            boolean spent = addOne(connection, userKey, window) || insertFirst(connection, userKey, window)
                    || addOne(connection, userKey, window);
            pruneNowAndThen(connection, now);
            if (spent) {
                return OptionalLong.empty();
            }
            long untilNextWindow = Duration.between(now, window.plus(Duration.ofMinutes(1))).toMillis();
            return OptionalLong.of(Math.max(1, (untilNextWindow + 999) / 1000));
        } catch (SQLException e) {
            LOG.warn("Could not check a {} user's question budget in the shared database (SQLState {}); answering",
                    surface, e.getSQLState());
            return OptionalLong.empty();
        }
    }

    /** One more question in this window's row, if the row exists and is not full. */
    private boolean addOne(Connection connection, String userKey, Instant window) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE question_budget SET spent = spent + 1"
                + " WHERE surface = ? AND user_key = ? AND window_start = ? AND spent < ?")) {
            update.setString(1, surface);
            update.setString(2, userKey);
            update.setTimestamp(3, Timestamp.from(window));
            update.setInt(4, perMinute);
            return update.executeUpdate() == 1;
        }
    }

    /** The window's first question; false when another replica inserted the row first (then update it). */
    private boolean insertFirst(Connection connection, String userKey, Instant window) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO question_budget (surface, user_key, window_start, spent) VALUES (?, ?, ?, 1)")) {
            insert.setString(1, surface);
            insert.setString(2, userKey);
            insert.setTimestamp(3, Timestamp.from(window));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private void pruneNowAndThen(Connection connection, Instant now) throws SQLException {
        if (questions.incrementAndGet() % PRUNE_EVERY_QUESTIONS != 0) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM question_budget WHERE window_start < ?")) {
            delete.setTimestamp(1, Timestamp.from(now.minus(KEEP)));
            delete.executeUpdate();
        }
    }

    /** The surface and user id hashed, so the table names nobody; equal on every replica, which a budget needs. */
    private String userKey(String userId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((surface + '\u0000' + userId).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
