package org.protocolbot.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.function.BooleanSupplier;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;
import org.protocolbot.feedback.FeedbackRecorder;
import org.protocolbot.feedback.FeedbackStore;
import org.protocolbot.surface.Conversation;

/** Every route the server answers, in one table: the API, health, metrics and the mounted chat adapters. */
final class ServerRoutes {

    private ServerRoutes() {
    }

    static void install(RoutesConfig routes, ProtocolBot bot, Settings settings, ChatAdapters adapters,
            FeedbackStore feedback, ServerMetrics metrics, ObjectMapper mapper, BooleanSupplier accepting) {
        CouncilLookup councils = new CouncilLookup(bot.corpus());
        FeedbackRecorder recorder = new FeedbackRecorder(feedback, RatedAnswers.ADAPTER);
        RatedAnswers rated = new RatedAnswers(new Conversation(bot.chat(), recorder));
        // One budget for the two endpoints that work out answers, so a client cannot spend it twice.
        ClientRateLimits questions = new ClientRateLimits("question", settings.questionsPerMinute());
        AskEndpoint ask = new AskEndpoint(bot.chat(), councils,
                new JsonBodies(mapper, AskEndpoint.MAX_BODY_BYTES), rated, questions);
        ClauseEndpoints clauses = new ClauseEndpoints(bot.corpus(), bot.chat(), councils,
                bot.resolveDefaultCouncil(settings), rated);
        HealthEndpoints health = new HealthEndpoints(bot.corpus(), accepting, new CachedCheck(feedback::canWrite),
                adapters.health());

        routes.post("/api/ask", ask);
        get(routes, "/api/compare", new CompareEndpoint(bot.answerer(), rated, questions));
        routes.post("/api/feedback",
                new FeedbackEndpoint(new JsonBodies(mapper, FeedbackEndpoint.MAX_BODY_BYTES), recorder));
        get(routes, "/api/report", new ReportEndpoint(AdminToken.of(settings.adminToken()), feedback));
        get(routes, "/api/clauses/{council}/{number}", clauses::clause);
        get(routes, "/api/councils", clauses::councils);
        get(routes, "/healthz", health::alive);
        get(routes, "/readyz", health::ready);
        get(routes, "/metrics", ctx -> ctx.contentType(ServerMetrics.CONTENT_TYPE).result(metrics.scrape()));
        for (ChatAdapterMount mount : adapters.mounts()) {
            routes.post(mount.path(), mount.handler());
        }
    }

    /**
     * GET and HEAD through the same handler. Left to itself Javalin answers HEAD with a bare 200 whenever a GET route
     * exists, without running it: an unauthenticated {@code HEAD /api/report} got 200, and {@code HEAD /readyz} said
     * ready while GET said 503. Jetty drops the body of a HEAD response, so the handler needs no change.
     */
    private static void get(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }
}
