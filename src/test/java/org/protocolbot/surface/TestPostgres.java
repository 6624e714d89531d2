package org.protocolbot.surface;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh schema on the test PostgreSQL that PROTOCOL_TEST_POSTGRES_URL names (CI starts one), dropped on close;
 * a test that needs one is skipped, not failed, on a machine without it. The schema makes each test's tables its
 * own, so tests sharing one server never see each other's rows.
 */
public final class TestPostgres implements AutoCloseable {

    public static final String VARIABLE = "PROTOCOL_TEST_POSTGRES_URL";

    private final String base;
    private final String schema;
    private final String url;

    private TestPostgres(String base, String schema) throws SQLException {
        this.base = base;
        this.schema = schema;
        try (Connection db = DriverManager.getConnection(base); Statement sql = db.createStatement()) {
            sql.execute("CREATE SCHEMA " + schema);
        }
        this.url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** A new schema, or the calling test is skipped when no PostgreSQL is configured. */
    public static TestPostgres freshSchemaOrSkip() throws SQLException {
        String base = System.getenv(VARIABLE);
        assumeTrue(base != null && !base.isBlank(), VARIABLE + " is not set: no PostgreSQL to test against");
        return new TestPostgres(base.strip(), "test_" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** The schema's name, for a test that reads the database's catalogue. */
    public String schema() {
        return schema;
    }

    /** The JDBC URL that selects this schema, as PROTOCOL_DATABASE_URL. */
    public String url() {
        return url;
    }

    @Override
    public void close() throws SQLException {
        try (Connection db = DriverManager.getConnection(base); Statement sql = db.createStatement()) {
            sql.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
