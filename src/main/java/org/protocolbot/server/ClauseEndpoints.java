package org.protocolbot.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.chat.ChatResponder;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.ClauseNumbers;
import org.protocolbot.corpus.Council;

/** {@code GET /api/clauses/{council}/{number}} and {@code GET /api/councils}: reading the corpus directly. */
final class ClauseEndpoints {

    private final ClauseCorpus corpus;
    private final ChatResponder chat;
    private final CouncilLookup councils;
    private final Optional<String> defaultCouncil;
    private final RatedAnswers rated;

    ClauseEndpoints(ClauseCorpus corpus, ChatResponder chat, CouncilLookup councils, Optional<String> defaultCouncil,
            RatedAnswers rated) {
        this.corpus = corpus;
        this.chat = chat;
        this.councils = councils;
        this.defaultCouncil = defaultCouncil;
        this.rated = rated;
    }

    void clause(Context ctx) {
        Council council = councils.require(ctx.pathParam("council"));
        RequestFacts.council(ctx, council.id());
        String raw = ctx.pathParam("number");
        String number = ClauseNumbers.normalise(raw).orElseThrow(() -> ApiError.badRequest(
                "That is not a clause number. Give one like 6.3 or 1.05."));
        // The chat lookup gives the same words a Slack or Teams user sees, including the nearest clause numbers.
        Answer lookup = chat.lookup(council.id(), number);
        Clause clause = corpus.clause(council.id(), number).orElseThrow(() -> ApiError.notFound(lookup.lead()));

        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("council", council.id());
        json.put("councilName", council.name());
        json.put("clause", clause.number());
        json.put("heading", clause.sectionHeading());
        json.put("subheading", clause.subheading());
        json.put("text", clause.text());
        ArrayNode notes = json.putArray("notes");
        clause.notes().forEach(notes::add);
        // The lookup a chat user would type, e.g. "leeds 7.4": the clause itself, so there is nothing to rate.
        json.set("answer", rated.unrated(lookup));
        ctx.json(json);
    }

    void councils(Context ctx) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode list = json.putArray("councils");
        for (Council council : corpus.councils()) {
            list.addObject()
                    .put("id", council.id())
                    .put("name", council.name())
                    .put("year", council.year())
                    .put("clauses", corpus.clauses(council.id()).size());
        }
        json.put("defaultCouncil", defaultCouncil.orElse(null));
        ctx.json(json);
    }
}
