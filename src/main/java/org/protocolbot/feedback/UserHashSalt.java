package org.protocolbot.feedback;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The salt for user hashes: PROTOCOL_FEEDBACK_SALT when the operator sets it, otherwise one generated on first use
 * and kept in the database, so the same user hashes the same way after a restart and distinct-user counts hold.
 */
final class UserHashSalt {

    static final String SETTING_NAME = "user_hash_salt";
    private static final int GENERATED_BYTES = 32;

    private UserHashSalt() {
    }

    static byte[] load(DataSource dataSource, Optional<String> configured) {
        if (configured.isPresent()) {
            return configured.get().getBytes(StandardCharsets.UTF_8);
        }
        try (Connection connection = dataSource.getConnection()) {
            Optional<String> stored = read(connection);
            if (stored.isEmpty()) {
                stored = Optional.of(insertOrReadWinner(connection));
            }
            return Base64.getDecoder().decode(stored.get());
        } catch (SQLException e) {
            throw new FeedbackStoreException("Cannot read the user-hash salt from the feedback database", e);
        }
    }

    private static Optional<String> read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT setting_value FROM store_setting WHERE setting_name = ?")) {
            select.setString(1, SETTING_NAME);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** Two processes starting on one PostgreSQL database may race here; the first insert wins for both. */
    private static String insertOrReadWinner(Connection connection) throws SQLException {
        byte[] salt = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(salt);
        String encoded = Base64.getEncoder().encodeToString(salt);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO store_setting (setting_name, setting_value) VALUES (?, ?)")) {
            insert.setString(1, SETTING_NAME);
            insert.setString(2, encoded);
            insert.executeUpdate();
            return encoded;
        } catch (SQLException duplicate) {
            return read(connection).orElseThrow(() -> duplicate);
        }
    }
}
