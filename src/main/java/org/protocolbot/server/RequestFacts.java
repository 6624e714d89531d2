package org.protocolbot.server;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * What a handler learned about a request (council, outcome, question) that the per-request log line and the
 * outcome metric report once the response is written. Kept on the request, so handlers stay free of logging.
 */
final class RequestFacts {

    private static final String COUNCIL = "protocolbot.council";
    private static final String OUTCOME = "protocolbot.outcome";
    private static final String QUESTION = "protocolbot.question";
    private static final String CORRELATION_ID = "protocolbot.correlationId";

    private RequestFacts() {
    }

    static void council(Context ctx, String council) {
        ctx.attribute(COUNCIL, council);
    }

    static void outcome(Context ctx, String outcome) {
        ctx.attribute(OUTCOME, outcome);
    }

    static void question(Context ctx, String question) {
        ctx.attribute(QUESTION, question);
    }

    static void correlationId(Context ctx, String id) {
        ctx.attribute(CORRELATION_ID, id);
    }

    static Optional<String> council(Context ctx) {
        return Optional.ofNullable(ctx.attribute(COUNCIL));
    }

    static Optional<String> outcome(Context ctx) {
        return Optional.ofNullable(ctx.attribute(OUTCOME));
    }

    static Optional<String> question(Context ctx) {
        return Optional.ofNullable(ctx.attribute(QUESTION));
    }

    static String correlationId(Context ctx) {
        String id = ctx.attribute(CORRELATION_ID);
        return id == null ? "-" : id;
    }
}
