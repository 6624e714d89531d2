package org.protocolbot.server;

import io.javalin.http.Context;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request a correlation id (returned as {@code X-Correlation-Id}, and in the MDC so adapter logs carry
 * it), then, once the response is written, times it by adapter and writes one structured log line. Chat adapters
 * mounted on the server are covered the same way, so they need no metrics or logging code of their own.
 */
final class RequestTelemetry {

    static final String CORRELATION_HEADER = "X-Correlation-Id";
    static final String MDC_KEY = "correlationId";
    private static final Logger LOG = LoggerFactory.getLogger("org.protocolbot.server.requests");

    private final RouteTag.Classifier classifier;
    private final ServerMetrics metrics;
    private final boolean logQuestions;

    RequestTelemetry(RouteTag.Classifier classifier, ServerMetrics metrics, boolean logQuestions) {
        this.classifier = classifier;
        this.metrics = metrics;
        this.logQuestions = logQuestions;
    }

    /** Runs before any handler. The id is ours, never taken from the request, so it is always safe to log. */
    void begin(Context ctx) {
        if (isInnerDispatch(ctx)) {
            return;
        }
        String id = UUID.randomUUID().toString();
        RequestFacts.correlationId(ctx, id);
        ctx.header(CORRELATION_HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    /** Javalin's request logger: runs after the response, whatever happened, with the handling time. */
    void complete(Context ctx, float executionMillis) {
        if (isInnerDispatch(ctx)) {
            return;
        }
        try {
            RouteTag tag = classifier.classify(ctx);
            int status = ctx.statusCode();
            String method = ctx.method().name();
            metrics.request(tag, method, status, Duration.ofNanos((long) (executionMillis * 1_000_000)));
            RequestFacts.outcome(ctx).ifPresent(outcome -> metrics.outcome(tag.adapter(), outcome));
            LOG.info(line(ctx, tag, method, status, executionMillis));
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /**
     * Jetty serves {@code /} by forwarding to {@code /index.html}, which passes through Javalin a second time inside
     * the first request; only the outer pass counts, or the page would be logged and timed twice.
     */
    private static boolean isInnerDispatch(Context ctx) {
        return ctx.req().getDispatcherType() != DispatcherType.REQUEST;
    }

    private String line(Context ctx, RouteTag tag, String method, int status, float executionMillis) {
        LogLine line = new LogLine("request")
                .field("correlation_id", RequestFacts.correlationId(ctx))
                .field("adapter", tag.adapter())
                .field("endpoint", tag.endpoint())
                .field("method", method)
                .field("status", status)
                .field("council", RequestFacts.council(ctx).orElse("-"))
                .field("outcome", RequestFacts.outcome(ctx).orElse("-"))
                .field("latency_ms", Math.round(executionMillis));
        if (logQuestions) {
            // Opt-in only (PROTOCOL_LOG_QUESTIONS): questions show what the protocol does not cover, but may be personal.
            RequestFacts.question(ctx).ifPresent(question -> line.field("question", question));
        }
        return line.toString();
    }
}
