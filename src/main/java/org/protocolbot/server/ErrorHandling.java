package org.protocolbot.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error leaves the server as {@code {"error": "..."}} with a message for the caller; details (and any stack
 * trace) go only to the log, under the request's correlation id.
 */
final class ErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    private ErrorHandling() {
    }

    static void install(RoutesConfig app) {
        app.exception(ApiError.class, (e, ctx) -> {
            e.challenge().ifPresent(challenge -> ctx.header("WWW-Authenticate", challenge));
            e.retryAfterSeconds().ifPresent(seconds -> ctx.header("Retry-After", Long.toString(seconds)));
            respond(ctx, e.status(), e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e instanceof MethodNotAllowedResponse) {
                ctx.header("Allow", allowed(e));
            }
            respond(ctx, e.getStatus(), messageFor(e));
        });
        app.exception(Exception.class, (e, ctx) -> {
            if (ClientMistakes.isClientMistake(e)) {
                // The client's own fault (a disconnect, a truncated or badly chunked body): one line, no trace.
                LOG.warn("client error correlation_id={} path={} cause={}", RequestFacts.correlationId(ctx),
                        LogLine.escape(ctx.path()), ClientMistakes.describe(e));
                respond(ctx, 400, "The request could not be read: the connection closed early or the body is "
                        + "malformed. Send it again.");
                return;
            }
            LOG.error("request failed correlation_id={} path={}", RequestFacts.correlationId(ctx), ctx.path(), e);
            respond(ctx, 500, "Something went wrong on our side. If it keeps happening, quote reference "
                    + RequestFacts.correlationId(ctx) + " to whoever runs this service.");
        });
    }

    static void respond(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }

    /** Javalin names the methods the path has in the exception's details; HEAD goes wherever GET does. */
    private static String allowed(HttpResponseException e) {
        String methods = e.getDetails().getOrDefault("availableMethods", e.getDetails().getOrDefault("Available methods", ""));
        return methods.contains("GET") && !methods.contains("HEAD") ? methods + ", HEAD" : methods;
    }

    private static String messageFor(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "Nothing here. The page is at /; the API is POST /api/ask, GET /api/compare?q=..., "
                    + "GET /api/clauses/{council}/{number} and GET /api/councils.";
            case 405 -> "That method is not allowed here.";
            case 413 -> "The request body is too large.";
            default -> e.getMessage();
        };
    }
}
