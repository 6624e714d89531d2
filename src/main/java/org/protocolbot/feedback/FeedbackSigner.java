package org.protocolbot.feedback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the value a "Helpful" / "Not helpful" button carries, so a click can only rate an answer this server gave:
 * without it any web page could fill the report with invented questions, outcomes and clauses (issue 16). The
 * signed form is {@code <HMAC-SHA256 of the payload, base64url>.<payload>}; the MAC comes first so its fixed length
 * is easy to strip and the payload stays readable in a browser's network panel.
 *
 * <p>The key is {@code PROTOCOL_FEEDBACK_KEY} when set, else a random key generated once and kept in the feedback
 * database: in the data folder's H2 file by default, and shared by every replica on PostgreSQL. JDK crypto only:
 * HMAC is a few lines over {@link Mac}, with no library needed.
 *
 * <p>Every surface uses the same signer, in the same two places: the shared conversation step
 * ({@code surface.Conversation}) signs the value once per answer with {@link #signed(FeedbackPayload)}, whether it
 * becomes a Slack button, a Teams card's data or the API's {@code feedback} field; and {@link FeedbackRecorder#click}
 * verifies every click, from any surface, before anything is stored.
 */
public final class FeedbackSigner {

    /** Length of the MAC prefix and its separator: 32 bytes in unpadded base64url, then a dot. */
    public static final int SIGNATURE_LENGTH = 44;
    /** Where a generated key is kept in the store's settings table. */
    static final String STORED_KEY_NAME = "feedback_signing_key";
    private static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_KEY_CHARS = 16;

    private final SecretKeySpec key;

    private FeedbackSigner(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** A signer over the given secret (at least {@value #MIN_KEY_CHARS} characters). */
    public static FeedbackSigner withKey(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.strip().length() < MIN_KEY_CHARS) {
            throw new FeedbackStoreException("PROTOCOL_FEEDBACK_KEY must be at least " + MIN_KEY_CHARS
                    + " characters; generate one with: openssl rand -base64 32");
        }
        return new FeedbackSigner(secret.strip().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The configured key, or the one generated on first use and kept in the feedback database (beside the
     * user-hash salt), so every replica sharing a PostgreSQL database verifies what the others signed.
     */
    static FeedbackSigner load(Optional<String> configuredKey, javax.sql.DataSource dataSource) {
        return withKey(configuredKey.orElseGet(() -> UserHashSalt.loadOrGenerate(dataSource, STORED_KEY_NAME,
                "feedback signing key")));
    }

    /** {@code payload}, signed. */
    public String sign(String payload) {
        return mac(payload) + "." + payload;
    }

    /** The payload encoded to fit, with the signature, in Slack's 2000-character button value, then signed. */
    public String sign(FeedbackPayload payload) {
        return sign(payload.encode(FeedbackPayload.MAX_ENCODED_LENGTH - SIGNATURE_LENGTH));
    }

    /** As {@link #sign(FeedbackPayload)}, typed so a surface can only render a value that has been signed. */
    public SignedFeedback signed(FeedbackPayload payload) {
        return new SignedFeedback(sign(payload));
    }

    /** The payload inside {@code signed} when its signature is this server's; empty for anything else. */
    public Optional<String> verify(String signed) {
        if (signed == null || signed.length() < SIGNATURE_LENGTH || signed.charAt(SIGNATURE_LENGTH - 1) != '.') {
            return Optional.empty();
        }
        String payload = signed.substring(SIGNATURE_LENGTH);
        byte[] expected = mac(payload).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signed.substring(0, SIGNATURE_LENGTH - 1).getBytes(StandardCharsets.US_ASCII);
        // Constant time, so the signature cannot be found byte by byte from response timings.
        return MessageDigest.isEqual(expected, given) ? Optional.of(payload) : Optional.empty();
    }

    /**
     * The decoded payload of a signed click.
     *
     * @throws IllegalArgumentException when the signature is not this server's or the payload is malformed
     */
    public FeedbackPayload verifiedPayload(String signed) {
        return FeedbackPayload.decode(verify(signed)
                .orElseThrow(() -> new IllegalArgumentException("not a feedback value signed by this server")));
    }

    private String mac(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }
}
