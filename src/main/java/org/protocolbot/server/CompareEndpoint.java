package org.protocolbot.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.QuestionAnswerer;

/**
 * {@code GET /api/compare?q=...}: every council's closest clause on a topic, side by side, as the same answer JSON
 * {@code POST /api/ask} returns. The input limits and error messages are those of {@code /api/ask}.
 */
final class CompareEndpoint implements Handler {

    private static final String EXAMPLE = "/api/compare?q=gifts%20and%20hospitality";

    private final QuestionAnswerer answerer;
    private final RatedAnswers rated;
    private final ClientRateLimits limits;

    /** @param limits the budget of questions each client address shares with {@code POST /api/ask} */
    CompareEndpoint(QuestionAnswerer answerer, RatedAnswers rated, ClientRateLimits limits) {
        this.answerer = answerer;
        this.rated = rated;
        this.limits = limits;
    }

    @Override
    public void handle(Context ctx) {
        limits.require(ctx);
        String topic = QuestionInput.require(ctx.queryParam("q"), EXAMPLE);
        RequestFacts.question(ctx, topic);
        RequestFacts.council(ctx, "all");
        Answer answer = answerer.compare(topic);
        RequestFacts.outcome(ctx, answer.outcome().wireName());
        // Logged and rated as the chat command a Slack or Teams user would type, so the report tells comparisons
        // apart from questions whichever surface they came from.
        ctx.json(rated.answered("compare " + topic, Optional.empty(), answer));
    }
}
