package org.protocolbot.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.surface.SurfaceHealth;

/**
 * {@code /healthz} says the process is alive (restart it if not); {@code /readyz} says it can answer (send it
 * traffic). Readiness also needs a feedback database that takes writes. Readiness drops as soon as shutdown begins, so the load balancer stops routing here while in-flight
 * requests finish.
 */
final class HealthEndpoints {

    private final ClauseCorpus corpus;
    private final BooleanSupplier accepting;
    private final BooleanSupplier databaseWritable;

    private final List<SurfaceHealth> surfaces;

    /**
     * @param databaseWritable whether the feedback database takes writes; a replica that cannot record clicks is
     *                         not ready, or every click routed to it would be a 500
     * @param surfaces         shown at /readyz; a surface that is off does not make the server unready (the others work)
     */
    HealthEndpoints(ClauseCorpus corpus, BooleanSupplier accepting, BooleanSupplier databaseWritable, List<SurfaceHealth> surfaces) {
        this.corpus = corpus;
        this.accepting = accepting;
        this.databaseWritable = databaseWritable;
        this.surfaces = surfaces;
    }

    void alive(Context ctx) {
        ctx.json(JsonNodeFactory.instance.objectNode().put("status", "alive"));
    }

    void ready(Context ctx) {
        if (!accepting.getAsBoolean()) {
            ErrorHandling.respond(ctx, 503, "Shutting down.");
        } else if (corpus.size() == 0) {
            ErrorHandling.respond(ctx, 503, "No protocol clauses are loaded.");
        } else if (!databaseWritable.getAsBoolean()) {
            ErrorHandling.respond(ctx, 503, "The feedback database does not take writes.");
        } else {
            ObjectNode ready = JsonNodeFactory.instance.objectNode()
                    .put("status", "ready")
                    .put("councils", corpus.councils().size())
                    .put("clauses", corpus.size());
            surfaces.forEach(s -> ready.putObject(s.surface().toLowerCase(java.util.Locale.ROOT))
                    .put("on", s.on()).put("detail", s.detail()));
            ctx.json(ready);
        }
    }
}
