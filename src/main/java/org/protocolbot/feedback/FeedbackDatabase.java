package org.protocolbot.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * Opens the connection pool: embedded H2 in file mode under the data directory by default, PostgreSQL when
 * {@code PROTOCOL_DATABASE_URL} is set. The pool keeps the embedded database open (and locked to this process)
 * until it is closed.
 */
final class FeedbackDatabase {

    /** File name stem of the embedded database: {@code <dataDir>/protocol-bot.mv.db}. */
    static final String EMBEDDED_NAME = "protocol-bot";
    private static final String POSTGRES_PREFIX = "jdbc:postgresql:";
    /** H2's error code for a database file another process holds open (ErrorCode.DATABASE_ALREADY_OPEN_1). */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private FeedbackDatabase() {
    }

    static HikariDataSource open(FeedbackConfig config) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("protocol-bot-feedback");
        pool.setMaximumPoolSize(4);
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(10_000);
        if (config.databaseUrl().isPresent()) {
            String url = config.databaseUrl().get();
            if (!url.startsWith(POSTGRES_PREFIX)) {
                // Say what is wrong without echoing the URL: it may carry a password.
                throw new FeedbackStoreException(
                        "PROTOCOL_DATABASE_URL must be a jdbc:postgresql:// URL, e.g. "
                                + "jdbc:postgresql://localhost:5432/protocolbot?user=protocolbot&password=...");
            }
            pool.setJdbcUrl(url);
            // A 200 for a click means the row is on disk: the server's default, restated per session so a
            // database or role configured with synchronous_commit=off cannot quietly turn it into "in memory".
            pool.setConnectionInitSql("SET synchronous_commit TO on");
        } else {
            pool.setJdbcUrl(embeddedUrl(config.dataDir()));
            pool.setUsername("protocolbot");
            pool.setPassword("");
        }
        try {
            return new HikariDataSource(pool);
        } catch (HikariPool.PoolInitializationException e) {
            throw explain(config, e);
        }
    }

    static String embeddedUrl(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new FeedbackStoreException("Cannot create the data directory " + dir
                    + " (set PROTOCOL_DATA_DIR to a writable directory)", e);
        }
        // WRITE_DELAY=0: H2 writes each commit to the file at once instead of up to 500 ms later, so a click
        // acknowledged with 200 survives kill -9 (issue 16: four trials lost 53 to 1,177 acknowledged rows).
        return "jdbc:h2:file:" + dir.resolve(EMBEDDED_NAME) + ";WRITE_DELAY=0";
    }

    private static FeedbackStoreException explain(FeedbackConfig config, HikariPool.PoolInitializationException e) {
        if (e.getCause() instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
            return new FeedbackStoreException("The feedback database (" + config.describeDatabase()
                    + ") is in use by another protocol-bot process. Stop that process first, or ask the running"
                    + " server for GET /api/report.", e);
        }
        return new FeedbackStoreException("Cannot open the feedback database (" + config.describeDatabase() + ")", e);
    }
}
