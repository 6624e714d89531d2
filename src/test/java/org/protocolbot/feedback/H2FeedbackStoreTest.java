package org.protocolbot.feedback;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2 database in a fresh temporary data directory per test. */
class H2FeedbackStoreTest extends FeedbackStoreContract {

    @TempDir
    Path dataDir;

    @Override
    FeedbackConfig config(boolean logQuestions, Optional<String> salt) {
        return new FeedbackConfig(dataDir, Optional.empty(), logQuestions, salt);
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(FeedbackDatabase.embeddedUrl(dataDir), "protocolbot", "");
    }

    @Override
    String schema() {
        return "PUBLIC";
    }
}
