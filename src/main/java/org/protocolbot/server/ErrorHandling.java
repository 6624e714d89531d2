package org.protocolbot.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
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

    static void install(Javalin app) {
        app.exception(ApiError.class, (e, ctx) -> {
            e.challenge().ifPresent(challenge -> ctx.header("WWW-Authenticate", challenge));
            respond(ctx, e.status(), e.getMessage());
        });
        app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), messageFor(e)));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request failed correlation_id={} path={}", RequestFacts.correlationId(ctx), ctx.path(), e);
            respond(ctx, 500, "Something went wrong on our side. If it keeps happening, quote reference "
                    + RequestFacts.correlationId(ctx) + " to whoever runs this service.");
        });
    }

    static void respond(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message));
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
