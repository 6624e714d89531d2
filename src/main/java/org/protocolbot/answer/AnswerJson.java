package org.protocolbot.answer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The public JSON form of an {@link Answer}, shared by {@code ask --json} and {@code POST /api/ask}:
 * {@code outcome}, {@code citations}, {@code text} first (the stable contract), then the structured parts.
 */
public final class AnswerJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerJson() {
    }

    public static ObjectNode toJson(Answer answer) {
        ObjectNode node = toCompactJson(answer);
        node.put("lead", answer.lead());
        ArrayNode quotes = node.putArray("quotes");
        for (QuotedClause quote : answer.quotes()) {
            ObjectNode q = quotes.addObject();
            q.put("citation", quote.citation().id());
            q.put("council", quote.citation().council());
            q.put("councilName", quote.citation().councilName());
            q.put("clause", quote.citation().clause());
            q.put("heading", quote.citation().heading());
            q.put("label", quote.citation().label());
            q.put("text", quote.text());
            quote.answering().ifPresent(span -> {
                ObjectNode answering = q.putObject("answering");
                answering.put("start", span.start());
                answering.put("end", span.end());
            });
        }
        node.put("closing", answer.closing());
        if (!answer.guardRule().isEmpty()) {
            node.put("guardRule", answer.guardRule());
        }
        return node;
    }

    /** The three-field form {@code {"outcome","citations","text"}} printed by {@code ask --json}. */
    public static ObjectNode toCompactJson(Answer answer) {
        ObjectNode node = JSON.createObjectNode();
        node.put("outcome", answer.outcome().wireName());
        ArrayNode citations = node.putArray("citations");
        answer.citations().forEach(citations::add);
        node.put("text", answer.text());
        return node;
    }
}
