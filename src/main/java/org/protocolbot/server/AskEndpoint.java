package org.protocolbot.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.AnswerJson;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.chat.ChatResponder;
import org.protocolbot.corpus.Council;

/**
 * {@code POST /api/ask}: {@code {"question": "...", "council": "leeds"?}} → the answer as {@link AnswerJson#toJson}:
 * the {@code ask --json} fields first, then the parts the try-it page renders, then the {@code feedback} value.
 *
 * <p>The question box speaks the chat language Slack and Teams speak ({@code 6.3}, {@code leeds 7.4},
 * {@code search …}, {@code compare …}, {@code councils}, {@code help}, or any question), because the text goes
 * through the same {@link ChatResponder}; the chosen council plays the part of a workspace's default council.
 */
final class AskEndpoint implements Handler {

    static final int MAX_BODY_BYTES = 16 * 1024;
    private static final String EXAMPLE =
            "{\"question\": \"Can an officer attend a party group meeting?\", \"council\": \"leeds\"}";

    /** How the page invokes the bot in help text: typing in the box, with no command word before it. */
    static final String COMMAND_PREFIX = "";

    private final ChatResponder chat;
    private final CouncilLookup councils;
    private final JsonBodies bodies;
    private final RatedAnswers rated;
    private final ClientRateLimits limits;

    /** @param limits each client address's budget of questions ({@code PROTOCOL_QUESTIONS_PER_MINUTE}) */
    AskEndpoint(ChatResponder chat, CouncilLookup councils, JsonBodies bodies, RatedAnswers rated,
            ClientRateLimits limits) {
        this.chat = chat;
        this.councils = councils;
        this.bodies = bodies;
        this.rated = rated;
        this.limits = limits;
    }

    @Override
    public void handle(Context ctx) {
        // Before anything is parsed or answered: a refused request costs next to nothing.
        limits.require(ctx);
        ObjectNode body = bodies.readObject(ctx, EXAMPLE);
        String question = QuestionInput.require(string(body, "question").orElse(null), EXAMPLE);
        RequestFacts.question(ctx, question);
        Optional<String> council = councils.optional(string(body, "council").orElse(null)).map(Council::id);
        RequestFacts.council(ctx, council.orElse("all"));

        Answer answer = chat.respond(question, council, COMMAND_PREFIX);
        RequestFacts.outcome(ctx, answer.outcome().wireName());
        ctx.json(isClauseLookup(answer) ? rated.unrated(answer) : rated.answered(question, council, answer));
    }

    /**
     * Whether the reply is exactly the clause lookup for the one clause it quotes ({@code leeds 7.4}, or
     * {@code 7.4} with a council chosen): told from the reply itself, so the command parsing stays in
     * {@link ChatResponder} alone.
     */
    private boolean isClauseLookup(Answer answer) {
        if (answer.quotes().size() != 1) {
            return false;
        }
        QuotedClause quote = answer.quotes().get(0);
        return answer.equals(chat.lookup(quote.citation().council(), quote.citation().clause()));
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
