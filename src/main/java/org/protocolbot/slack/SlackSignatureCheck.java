package org.protocolbot.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signature ({@code X-Slack-Signature: v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)}),
 * checked over the body's raw bytes before anything parses or logs it. Bolt has its own check, but it runs only
 * after Bolt's parser (which logs unrecognised bodies) and re-encodes the body in the JVM's default charset; this
 * one does neither, and compares in constant time.
 *
 * @see <a href="https://docs.slack.dev/authentication/verifying-requests-from-slack">Verifying requests from Slack</a>
 */
final class SlackSignatureCheck {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "v0";

    private final SecretKeySpec key;

    SlackSignatureCheck(String signingSecret) {
        this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** Whether {@code signature} is Slack's for this timestamp and body; false for anything missing. */
    boolean isValid(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || body == null) {
            return false;
        }
        byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.UTF_8));
    }

    String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update((VERSION + ":" + timestamp.strip() + ":").getBytes(StandardCharsets.UTF_8));
            byte[] digest = mac.doFinal(body);
            StringBuilder hex = new StringBuilder(VERSION + "=");
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }
}
