package org.protocolbot.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.util.function.BooleanSupplier;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;
import org.protocolbot.feedback.FeedbackRecorder;
import org.protocolbot.feedback.FeedbackStore;

/** Every route the server answers, in one table: the API, health, metrics and the mounted chat adapters. */
final class ServerRoutes {

    private ServerRoutes() {
    }

    static void install(Javalin app, ProtocolBot bot, Settings settings, ChatAdapters adapters, FeedbackStore feedback,
            ServerMetrics metrics, ObjectMapper mapper, BooleanSupplier accepting) {
        CouncilLookup councils = new CouncilLookup(bot.corpus());
        FeedbackRecorder recorder = new FeedbackRecorder(feedback, RatedAnswers.ADAPTER);
        RatedAnswers rated = new RatedAnswers(recorder);
        AskEndpoint ask = new AskEndpoint(bot.answerer(), councils,
                new JsonBodies(mapper, AskEndpoint.MAX_BODY_BYTES), rated);
        ClauseEndpoints clauses = new ClauseEndpoints(bot.corpus(), bot.chat(), councils,
                bot.resolveDefaultCouncil(settings), rated);
        HealthEndpoints health = new HealthEndpoints(bot.corpus(), accepting, adapters.health());

        app.post("/api/ask", ask);
        app.get("/api/compare", new CompareEndpoint(bot.comparer(), rated));
        app.post("/api/feedback", new FeedbackEndpoint(new JsonBodies(mapper, FeedbackEndpoint.MAX_BODY_BYTES), recorder));
        app.get("/api/report", new ReportEndpoint(AdminToken.of(settings.adminToken()), feedback));
        app.get("/api/clauses/{council}/{number}", clauses::clause);
        app.get("/api/councils", clauses::councils);
        app.get("/healthz", health::alive);
        app.get("/readyz", health::ready);
        app.get("/metrics", ctx -> ctx.contentType(ServerMetrics.CONTENT_TYPE).result(metrics.scrape()));
        for (ChatAdapterMount mount : adapters.mounts()) {
            app.post(mount.path(), mount.handler());
        }
    }
}
