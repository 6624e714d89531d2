package org.protocolbot.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.AnswerJson;
import org.protocolbot.answer.Question;
import org.protocolbot.answer.QuestionAnswerer;
import org.protocolbot.corpus.Council;

/**
 * {@code POST /api/ask}: {@code {"question": "...", "council": "leeds"?}} → the answer as {@link AnswerJson#toJson}:
 * the {@code ask --json} fields first, then the parts the try-it page renders, then the {@code feedback} value.
 */
final class AskEndpoint implements Handler {

    static final int MAX_BODY_BYTES = 16 * 1024;
    private static final String EXAMPLE =
            "{\"question\": \"Can an officer attend a party group meeting?\", \"council\": \"leeds\"}";

    private final QuestionAnswerer answerer;
    private final CouncilLookup councils;
    private final JsonBodies bodies;
    private final RatedAnswers rated;

    AskEndpoint(QuestionAnswerer answerer, CouncilLookup councils, JsonBodies bodies, RatedAnswers rated) {
        this.answerer = answerer;
        this.councils = councils;
        this.bodies = bodies;
        this.rated = rated;
    }

    @Override
    public void handle(Context ctx) {
        ObjectNode body = bodies.readObject(ctx, EXAMPLE);
        String question = QuestionInput.require(string(body, "question").orElse(null), EXAMPLE);
        RequestFacts.question(ctx, question);
        Optional<String> council = councils.optional(string(body, "council").orElse(null)).map(Council::id);
        RequestFacts.council(ctx, council.orElse("all"));

        Answer answer = answerer.answer(Question.of(question, council.orElse(null)));
        RequestFacts.outcome(ctx, answer.outcome().wireName());
        ctx.json(rated.answered(question, council, answer));
    }

    /** A string field; absent or null is empty, any other type is the caller's mistake. */
    private static Optional<String> string(ObjectNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw ApiError.badRequest("\"" + field + "\" must be a string, for example " + EXAMPLE + ".");
        }
        return Optional.of(value.asText());
    }
}
