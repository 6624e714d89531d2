package org.protocolbot.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;
import java.util.Optional;
import org.protocolbot.feedback.FeedbackStore;
import org.protocolbot.feedback.report.ReportBuilder;
import org.protocolbot.feedback.report.ReportDates;
import org.protocolbot.feedback.report.ReportJson;

/**
 * {@code GET /api/report[?since=YYYY-MM-DD]} with {@code Authorization: Bearer <PROTOCOL_ADMIN_TOKEN>}: the
 * monitoring officer's report, the same JSON as {@code report --json}, read from the running server's own store (the
 * embedded database is locked to the server while it runs).
 */
final class ReportEndpoint implements Handler {

    private static final String WHAT = "The report (GET /api/report)";

    private final AdminToken token;
    private final FeedbackStore store;

    ReportEndpoint(AdminToken token, FeedbackStore store) {
        this.token = token;
        this.store = store;
    }

    @Override
    public void handle(Context ctx) {
        token.require(ctx, WHAT);
        Optional<LocalDate> since;
        try {
            since = ReportDates.parseSince(ctx.queryParam("since"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage() + ".");
        }
        String json = ReportJson.render(new ReportBuilder().build(store, since));
        // Who asked what is for the officer only: no cache along the way may keep it.
        ctx.header("Cache-Control", "no-store").contentType("application/json").result(json);
    }
}
