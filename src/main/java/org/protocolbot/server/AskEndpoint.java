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
 * the {@code ask --json} fields first, then the parts the try-it page renders.
 */
final class AskEndpoint implements Handler {

    static final int MAX_BODY_BYTES = 16 * 1024;
    static final int MAX_QUESTION_CHARS = 1000;
    private static final String EXAMPLE =
            "{\"question\": \"Can an officer attend a party group meeting?\", \"council\": \"leeds\"}";

    private final QuestionAnswerer answerer;
    private final CouncilLookup councils;
    private final JsonBodies bodies;

    AskEndpoint(QuestionAnswerer answerer, CouncilLookup councils, JsonBodies bodies) {
        this.answerer = answerer;
        this.councils = councils;
        this.bodies = bodies;
    }

    @Override
    public void handle(Context ctx) {
        ObjectNode body = bodies.readObject(ctx, EXAMPLE);
        String question = string(body, "question").map(String::strip).orElse("");
        if (question.isEmpty()) {
            throw ApiError.badRequest("Please type a question, for example " + EXAMPLE + ".");
        }
        int length = question.codePointCount(0, question.length());
        if (length > MAX_QUESTION_CHARS) {
            throw ApiError.badRequest("The question is " + length + " characters long; the limit is "
                    + MAX_QUESTION_CHARS + ". Please shorten it to the point you want the protocol to answer.");
        }
        RequestFacts.question(ctx, question);
        Optional<Council> council = councils.optional(string(body, "council").orElse(null));
        RequestFacts.council(ctx, council.map(Council::id).orElse("all"));

        Answer answer = answerer.answer(Question.of(question, council.map(Council::id).orElse(null)));
        RequestFacts.outcome(ctx, answer.outcome().wireName());
        ctx.json(AnswerJson.toJson(answer));
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
