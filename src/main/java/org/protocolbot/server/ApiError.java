package org.protocolbot.server;

import java.util.Optional;

/**
 * A request the server refuses for a reason the caller can fix. The message goes to the caller verbatim as
 * {@code {"error": message}}, so it must be written for them and never carry secrets or internals.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final Optional<String> challenge;
    private final Optional<Long> retryAfterSeconds;

    private ApiError(int status, String message, Optional<String> challenge, Optional<Long> retryAfterSeconds) {
        // No stack trace: this is an expected outcome, not a fault, and it is never logged with one.
        super(message, null, false, false);
        this.status = status;
        this.challenge = challenge;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    private ApiError(int status, String message, Optional<String> challenge) {
        this(status, message, challenge, Optional.empty());
    }

    ApiError(int status, String message) {
        this(status, message, Optional.empty());
    }

    /** The {@code Retry-After} a 429 carries: when the client's budget allows another request. */
    Optional<Long> retryAfterSeconds() {
        return retryAfterSeconds;
    }

    static ApiError tooManyRequests(String message, long retryAfterSeconds) {
        return new ApiError(429, message, Optional.empty(), Optional.of(retryAfterSeconds));
    }

    static ApiError unsupportedMediaType(String message) {
        return new ApiError(415, message);
    }

    static ApiError forbidden(String message) {
        return new ApiError(403, message);
    }

    int status() {
        return status;
    }

    /** The {@code WWW-Authenticate} header a 401 carries, telling the caller how to authenticate. */
    Optional<String> challenge() {
        return challenge;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError unauthorized(String message, String challenge) {
        return new ApiError(401, message, Optional.of(challenge));
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    static ApiError tooLarge(String message) {
        return new ApiError(413, message);
    }
}
