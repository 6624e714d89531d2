package org.protocolbot.surface;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Redeliveries} shared through the database every replica uses ({@code PROTOCOL_DATABASE_URL}): a replica
 * claims a message by inserting its key into {@code delivery_claim} (Flyway migration V3); the primary key lets
 * exactly one insert win however the replicas race, and the losers see a unique-key violation (SQLState 23505 in
 * PostgreSQL and H2 alike), so no {@code ON CONFLICT} dialect is needed. Claims older than {@link #KEEP} are
 * deleted now and then: Slack retries for about an hour at most, the Bot Framework for minutes.
 */
public final class JdbcRedeliveries implements Redeliveries {

    static final Duration KEEP = Duration.ofDays(1);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int PRUNE_EVERY_CLAIMS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(JdbcRedeliveries.class);

    private final DataSource dataSource;
    private final Clock clock;
    private int claims;

    /** Over a data source the caller owns (and whose schema is migrated): {@link SharedReplicaState}'s pool. */
    public JdbcRedeliveries(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean firstDelivery(String surface, String key) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO delivery_claim (surface, claim_key, claimed_at) VALUES (?, ?, ?)")) {
            insert.setString(1, surface);
            insert.setString(2, key.length() > 512 ? key.substring(0, 512) : key);
            insert.setTimestamp(3, Timestamp.from(now));
            insert.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            pruneNowAndThen(connection, now);
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            // Answer rather than stay silent: a rare double answer beats a lost one.
            LOG.warn("Could not check a {} message against the shared redelivery guard (SQLState {}); answering it",
                    surface, e.getSQLState());
            return true;
        }
    }

    private void pruneNowAndThen(Connection connection, Instant now) throws SQLException {
        synchronized (this) {
            if (++claims % PRUNE_EVERY_CLAIMS != 0) {
                return;
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM delivery_claim WHERE claimed_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(now.minus(KEEP)));
            delete.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }
}
