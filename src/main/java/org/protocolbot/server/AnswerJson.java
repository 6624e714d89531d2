package org.protocolbot.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.ClauseCitation;
import org.protocolbot.answer.QuotedClause;

/**
 * The one JSON shape of an {@link Answer}, shared by {@code POST /api/ask} and the CLI's {@code ask --json}, so the
 * two can never drift apart. {@code outcome}, {@code citations} and {@code text} are the public contract; the
 * structured parts ({@code lead}, {@code quotes}, {@code closing}) let the try-it page render the answer the way a
 * chat surface does without parsing {@code text}.
 */
public final class AnswerJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AnswerJson() {
    }

    public static ObjectNode toJson(Answer answer) {
        ObjectNode json = NODES.objectNode();
        json.put("outcome", answer.outcome().wireName());
        ArrayNode citations = json.putArray("citations");
        answer.citations().forEach(citations::add);
        json.put("text", answer.text());
        json.put("lead", answer.lead());
        ArrayNode quotes = json.putArray("quotes");
        answer.quotes().forEach(quote -> quotes.add(quoteJson(quote)));
        json.put("closing", answer.closing());
        return json;
    }

    static ObjectNode quoteJson(QuotedClause quote) {
        ObjectNode json = NODES.objectNode();
        json.set("citation", citationJson(quote.citation()));
        json.put("text", quote.text());
        return json;
    }

    static ObjectNode citationJson(ClauseCitation citation) {
        ObjectNode json = NODES.objectNode();
        json.put("id", citation.id());
        json.put("council", citation.council());
        json.put("councilName", citation.councilName());
        json.put("clause", citation.clause());
        json.put("heading", citation.heading());
        json.put("label", citation.label());
        return json;
    }
}
