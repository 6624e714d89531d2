package org.protocolbot.feedback;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings the schema up to date with Flyway from {@code classpath:db/migration}. Each migration runs once per
 * database; Flyway's history table remembers which have run, so reopening a store changes nothing.
 */
final class DatabaseMigrations {

    static final String LOCATION = "classpath:db/migration";

    private DatabaseMigrations() {
    }

    /** @return how many migrations this call applied (0 when the schema was already current) */
    static int migrate(DataSource dataSource) {
        try {
            return Flyway.configure()
                    .dataSource(dataSource)
                    .locations(LOCATION)
                    // A shaded jar that lost the migrations must fail loudly, not run with no tables.
                    .failOnMissingLocations(true)
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (FlywayException e) {
            throw new FeedbackStoreException("Cannot bring the feedback database schema up to date", e);
        }
    }
}
