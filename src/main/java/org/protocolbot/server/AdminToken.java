package org.protocolbot.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The bearer token ({@code PROTOCOL_ADMIN_TOKEN}) that guards the monitoring officer's report. Without one the
 * guarded endpoints are off. Tokens are compared as SHA-256 digests with {@link MessageDigest#isEqual}, which takes
 * the same time wherever the first difference is and whatever the length of the guess.
 */
final class AdminToken {

    static final String CHALLENGE = "Bearer realm=\"protocol-bot\"";
    private static final String BEARER = "Bearer ";

    private final Optional<byte[]> expected;

    private AdminToken(Optional<byte[]> expected) {
        this.expected = expected;
    }

    static AdminToken of(Optional<String> token) {
        return new AdminToken(token.map(AdminToken::digest));
    }

    /**
     * Lets the request through only with {@code Authorization: Bearer <token>}.
     *
     * @param what the guarded thing, for the message when it is off
     * @throws ApiError 404 when no token is configured, 401 (with a {@code WWW-Authenticate} challenge) when the
     *                  request has no token or the wrong one
     */
    void require(Context ctx, String what) {
        if (expected.isEmpty()) {
            throw ApiError.notFound(what + " is off: set PROTOCOL_ADMIN_TOKEN on the server to switch it on.");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ApiError.unauthorized(what + " needs the header \"Authorization: Bearer <PROTOCOL_ADMIN_TOKEN>\".",
                    CHALLENGE);
        }
        if (!MessageDigest.isEqual(expected.get(), digest(header.substring(BEARER.length()).strip()))) {
            throw ApiError.unauthorized("That token is not the server's PROTOCOL_ADMIN_TOKEN.",
                    CHALLENGE + ", error=\"invalid_token\"");
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
