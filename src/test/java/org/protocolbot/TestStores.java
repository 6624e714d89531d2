package org.protocolbot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.protocolbot.feedback.FeedbackConfig;
import org.protocolbot.feedback.JdbcFeedbackStore;

/**
 * Feedback stores for tests: the real embedded H2 database, each in its own directory under {@code target/}, so a
 * test never touches {@code ./data} and {@code mvn clean} removes them.
 */
public final class TestStores {

    private TestStores() {
    }

    /** A directory of its own for one embedded database. */
    public static Path newDataDir() {
        return Path.of("target", "test-feedback", UUID.randomUUID().toString()).toAbsolutePath();
    }

    /** A fresh, empty store with the question log off. */
    public static JdbcFeedbackStore temporary() {
        return open(newDataDir(), false);
    }

    public static JdbcFeedbackStore open(Path dataDir, boolean logQuestions) {
        return JdbcFeedbackStore.open(FeedbackConfig.embedded(dataDir, logQuestions));
    }

    /**
     * Every row of a table, each as column → value (as text), read with plain SQL while the store holds the
     * database open: H2 shares an open file database with other connections in the same JVM.
     */
    public static List<Map<String, String>> rows(Path dataDir, String sql) {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("protocol-bot");
        try (Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "protocolbot", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<Map<String, String>> rows = new ArrayList<>();
            while (result.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    row.put(result.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
                            result.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + dataDir, e);
        }
    }
}
