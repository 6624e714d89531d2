package org.protocolbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jetbrains.annotations.NotNull;
import org.protocolbot.surface.FailureNotice;
import org.protocolbot.surface.SurfaceHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /slack/events on Javalin: the same translation Bolt's own servlet adapter does, with one change of order.
 * The signature is checked here first, over the raw bytes ({@link SlackSignatureCheck}), before Bolt parses the
 * body: Bolt's parser logs any body it does not recognise in full at WARN, so an unsigned request could write
 * whatever it liked into the log. An unsigned, wrongly signed or stale request (more than five minutes either way)
 * gets 401 and one fixed WARN line, and never reaches Bolt, Slack or the log. While Slack is off ({@link
 * SurfaceHealth}), a signed request gets a quick 503 instead of a call out to Slack. Bolt then verifies again,
 * routes the request and returns the HTTP response Slack expects.
 */
final class BoltHttpHandler implements Handler {

    private static final Logger log = LoggerFactory.getLogger(BoltHttpHandler.class);
    private static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    private static final String SIGNATURE_HEADER = "X-Slack-Signature";
    private static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

    private final App app;
    private final SlackRequestParser parser;
    private final Optional<SlackSignatureCheck> signatures;
    private final SurfaceHealth health;

    /**
     * @param signingSecret absent only in Socket Mode, where nothing is mounted; every request is then refused
     */
    BoltHttpHandler(App app, Optional<String> signingSecret, SurfaceHealth health) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.signatures = signingSecret.map(SlackSignatureCheck::new);
        this.health = health;
    }

    @Override
    public void handle(@NotNull Context ctx) {
        // Read the body (the server caps its size) before deciding: a 401 written over an unread body can be lost,
        // because the server then closes a connection the client is still sending on, and the client sees a reset.
        byte[] body = ctx.bodyAsBytes();
        if (!withinReplayWindow(ctx.header(TIMESTAMP_HEADER), Instant.now())
                || signatures.isEmpty()
                || !signatures.get().isValid(ctx.header(TIMESTAMP_HEADER), ctx.header(SIGNATURE_HEADER), body)) {
            warnRejected();
            ctx.status(401).result("");
            return;
        }
        if (!health.on()) {
            log.warn("Answered a Slack request with 503: Slack is off ({})", health.detail());
            ctx.status(503).header("Retry-After", "60").contentType("application/json")
                    .result("{\"error\":\"Slack is not available to this bot yet; see the server log\"}");
            return;
        }
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(ctx.path())
                    .queryString(ctx.queryParamMap())
                    .headers(new RequestHeaders(headers(ctx)))
                    .requestBody(ctx.body())
                    .remoteAddress(ctx.ip())
                    .build());
        } catch (RuntimeException malformed) {
            // Bolt parses before it checks the signature, and throws on payloads missing fields Slack always
            // sends (e.g. a block action without a user): anyone could send one, so it is a bad request, not a fault.
            log.warn("Rejected a Slack request whose payload Bolt could not read: {}", malformed.getClass().getSimpleName());
            request = null;
        }
        if (request == null) {
            ctx.status(400).result("Invalid request");
            return;
        }
        Response response;
        try {
            response = app.run(request);
        } catch (Exception failure) {
            String reference = FailureNotice.create().reference();
            log.error("Slack request failed [ref {}]", reference, failure);
            ctx.status(500).contentType("application/json").result("{\"error\":\"internal error, reference " + reference + "\"}");
            return;
        }
        if (response.getStatusCode() == 401) {
            warnRejected();
        }
        write(response, ctx);
    }

    /**
     * Slack's rule: a request whose timestamp is more than five minutes from now, in either direction, is refused,
     * so a captured request cannot be replayed later. Bolt checks only the past, and would accept a request dated
     * in the future for as long as that date is ahead (or a Slack request for that long when our clock is behind).
     */
    static boolean withinReplayWindow(String timestamp, Instant now) {
        try {
            return Math.abs(now.getEpochSecond() - Long.parseLong(timestamp.strip())) <= REPLAY_WINDOW.toSeconds();
        } catch (NumberFormatException | NullPointerException notATimestamp) {
            return false;
        }
    }

    /** Bolt's own note is at INFO under com.slack.api, which deployments usually silence; operators need this. */
    private static void warnRejected() {
        log.warn("Rejected a Slack request: signature missing, wrong, or its timestamp more than five minutes from "
                + "now (check SLACK_SIGNING_SECRET and the server clock)");
    }

    private static Map<String, List<String>> headers(Context ctx) {
        Map<String, List<String>> headers = new HashMap<>();
        ctx.headerMap().forEach((name, value) -> headers.put(name, List.of(value)));
        return headers;
    }

    private static void write(Response response, Context ctx) {
        ctx.status(response.getStatusCode());
        response.getHeaders().forEach((name, values) -> values.forEach(value -> ctx.res().addHeader(name, value)));
        ctx.contentType(response.getContentType());
        ctx.result(response.getBody() == null ? "" : response.getBody());
    }
}
