package org.protocolbot.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.util.function.BooleanSupplier;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;

/** Every route the server answers, in one table: the API, health, metrics and the mounted chat adapters. */
final class ServerRoutes {

    private ServerRoutes() {
    }

    static void install(Javalin app, ProtocolBot bot, Settings settings, ChatAdapters adapters, ServerMetrics metrics,
            ObjectMapper mapper, BooleanSupplier accepting) {
        CouncilLookup councils = new CouncilLookup(bot.corpus());
        AskEndpoint ask = new AskEndpoint(bot.answerer(), councils, new JsonBodies(mapper, AskEndpoint.MAX_BODY_BYTES));
        ClauseEndpoints clauses = new ClauseEndpoints(bot.corpus(), bot.chat(), councils,
                bot.resolveDefaultCouncil(settings));
        HealthEndpoints health = new HealthEndpoints(bot.corpus(), accepting);

        app.post("/api/ask", ask);
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
