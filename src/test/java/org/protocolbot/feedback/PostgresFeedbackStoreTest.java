package org.protocolbot.feedback;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.protocolbot.surface.TestPostgres;

/**
 * The store contract on a real PostgreSQL, when PROTOCOL_TEST_POSTGRES_URL names one (see .ci/start-postgres.sh);
 * skipped otherwise. Each test gets its own schema, dropped afterwards.
 */
class PostgresFeedbackStoreTest extends FeedbackStoreContract {

    private TestPostgres postgres;

    @BeforeEach
    void createSchema() throws SQLException {
        postgres = TestPostgres.freshSchemaOrSkip();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    FeedbackConfig config(boolean logQuestions, Optional<String> salt) {
        return new FeedbackConfig(java.nio.file.Path.of("unused"), Optional.of(postgres.url()), logQuestions, salt);
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(postgres.url());
    }

    @Override
    String schema() {
        return postgres.schema();
    }
}
