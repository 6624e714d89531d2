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
import org.jetbrains.annotations.NotNull;
import org.protocolbot.surface.FailureNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /slack/events on Javalin: the same translation Bolt's own servlet adapter does. The raw body goes to
 * Bolt untouched, because the signature is computed over it; Bolt verifies it (401 if bad or older than five
 * minutes; this handler also refuses one dated more than five minutes ahead), routes the request and returns the
 * HTTP response Slack expects.
 */
final class BoltHttpHandler implements Handler {

    private static final Logger log = LoggerFactory.getLogger(BoltHttpHandler.class);
    private static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";
    private static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

    private final App app;
    private final SlackRequestParser parser;

    BoltHttpHandler(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    @Override
    public void handle(@NotNull Context ctx) {
        if (!withinReplayWindow(ctx.header(TIMESTAMP_HEADER), Instant.now())) {
            warnRejected();
            ctx.status(401).result("");
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
