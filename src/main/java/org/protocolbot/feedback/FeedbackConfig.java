package org.protocolbot.feedback;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the feedback store lives and how it behaves. The values come from the operator's settings, translated in
 * {@code app.Settings.feedbackConfig()}: this package reads only its own configuration, never the settings table.
 *
 * @param dataDir      directory of the embedded H2 database (PROTOCOL_DATA_DIR, default ./data)
 * @param databaseUrl  a jdbc:postgresql:// URL (PROTOCOL_DATABASE_URL); when set, the embedded database is not used
 * @param logQuestions the operator's opt-in to the question log (PROTOCOL_LOG_QUESTIONS=true)
 * @param salt         the salt for user hashes (PROTOCOL_FEEDBACK_SALT); when empty, one is generated and kept
 *                     in the database
 * @param signingKey   the key that signs feedback values (PROTOCOL_FEEDBACK_KEY); when empty, one is generated and
 *                     kept in the database
 */
public record FeedbackConfig(Path dataDir, Optional<String> databaseUrl, boolean logQuestions, Optional<String> salt,
        Optional<String> signingKey) {

    /** Where the embedded database lives when PROTOCOL_DATA_DIR is unset. */
    public static final Path DEFAULT_DATA_DIR = Path.of("data");

    public FeedbackConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        databaseUrl = Objects.requireNonNull(databaseUrl, "databaseUrl").filter(u -> !u.isBlank());
        salt = Objects.requireNonNull(salt, "salt").filter(s -> !s.isBlank());
        signingKey = Objects.requireNonNull(signingKey, "signingKey").filter(k -> !k.isBlank());
    }

    /** With a generated signing key. */
    public FeedbackConfig(Path dataDir, Optional<String> databaseUrl, boolean logQuestions, Optional<String> salt) {
        this(dataDir, databaseUrl, logQuestions, salt, Optional.empty());
    }

    /** An embedded store under {@code dataDir} with a generated salt; for tests and first runs. */
    public static FeedbackConfig embedded(Path dataDir, boolean logQuestions) {
        return new FeedbackConfig(dataDir, Optional.empty(), logQuestions, Optional.empty());
    }

    /** Names the database without printing the URL, which may carry a password. */
    public String describeDatabase() {
        return databaseUrl.isPresent() ? "PostgreSQL (PROTOCOL_DATABASE_URL)"
                : "embedded H2 in " + dataDir.toAbsolutePath().normalize();
    }

    @Override
    public String toString() {
        return "FeedbackConfig[database=" + describeDatabase() + ", logQuestions=" + logQuestions
                + ", salt=" + (salt.isPresent() ? "set" : "generated")
                + ", signingKey=" + (signingKey.isPresent() ? "set" : "generated") + "]";
    }
}
