package org.protocolbot.feedback;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store contract on a real PostgreSQL, when PROTOCOL_TEST_POSTGRES_URL names one (see .ci/start-postgres.sh);
 * skipped otherwise. Each test gets its own schema, dropped afterwards.
 */
class PostgresFeedbackStoreTest extends FeedbackStoreContract {

    static final String URL_VARIABLE = "PROTOCOL_TEST_POSTGRES_URL";
    private String schema;

    @BeforeAll
    static void requirePostgres() {
        assumeTrue(System.getenv(URL_VARIABLE) != null && !System.getenv(URL_VARIABLE).isBlank(),
                URL_VARIABLE + " is not set: no PostgreSQL to test against");
    }

    @BeforeEach
    void createSchema() throws SQLException {
        schema = "feedback_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection db = DriverManager.getConnection(baseUrl()); Statement sql = db.createStatement()) {
            sql.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection db = DriverManager.getConnection(baseUrl()); Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static String baseUrl() {
        return System.getenv(URL_VARIABLE).strip();
    }

    private String schemaUrl() {
        return baseUrl() + (baseUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    FeedbackConfig config(boolean logQuestions, Optional<String> salt) {
        return new FeedbackConfig(java.nio.file.Path.of("unused"), Optional.of(schemaUrl()), logQuestions, salt);
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(schemaUrl());
    }

    @Override
    String schema() {
        return schema;
    }
}
