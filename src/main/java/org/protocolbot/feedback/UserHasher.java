package org.protocolbot.feedback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a user id into a salted SHA-256 hash (HMAC-SHA256 keyed with the salt) so the store can count distinct
 * users without ever keeping who they are. The adapter name is hashed too, so a Slack id and a Teams id that happen
 * to be equal stay different users. Without the salt the hash cannot be reversed by hashing guessed ids.
 */
final class UserHasher {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    UserHasher(byte[] salt) {
        if (salt.length == 0) {
            throw new IllegalArgumentException("salt must not be empty");
        }
        this.key = new SecretKeySpec(salt.clone(), ALGORITHM);
    }

    /** 64 lowercase hex characters. */
    String hash(String adapter, String userId) {
        Objects.requireNonNull(userId, "userId");
        try {
            // A Mac is not thread-safe and cheap to make, so each call gets its own.
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((adapter + '\u0000' + userId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }
}
