package org.protocolbot.server;

/**
 * A request the server refuses for a reason the caller can fix. The message goes to the caller verbatim as
 * {@code {"error": message}}, so it must be written for them and never carry secrets or internals.
 */
final class ApiError extends RuntimeException {

    private final int status;

    ApiError(int status, String message) {
        // No stack trace: this is an expected outcome, not a fault, and it is never logged with one.
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    static ApiError tooLarge(String message) {
        return new ApiError(413, message);
    }
}
