package org.protocolbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;

/**
 * Whether a {@code POST /api/ask} body is a well-formed answer: one of the three outcomes a question can have, a
 * lead that the plain text starts with, one citation per quote, quotes for an answer and none for a no-match.
 * The load test checks every response with it; the hostile-input tests reuse it.
 */
public final class AnswerJsonCheck {

    public static final Set<String> QUESTION_OUTCOMES = Set.of("answer", "refuse", "no_match");
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerJsonCheck() {
    }

    /** Empty when {@code body} is a valid answer JSON; otherwise what is wrong with it. */
    public static String problem(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            return "not JSON";
        }
        if (json == null || !json.isObject()) {
            return "not a JSON object";
        }
        String outcome = json.path("outcome").asText("");
        String lead = json.path("lead").asText("");
        String text = json.path("text").asText("");
        JsonNode citations = json.path("citations");
        JsonNode quotes = json.path("quotes");
        if (!QUESTION_OUTCOMES.contains(outcome)) {
            return "outcome \"" + outcome + "\" is not one of " + QUESTION_OUTCOMES;
        }
        if (lead.isEmpty() || !text.startsWith(lead)) {
            return "the text does not start with a lead";
        }
        if (!citations.isArray() || !quotes.isArray() || citations.size() != quotes.size()) {
            return "citations and quotes do not match";
        }
        if (outcome.equals("answer") && citations.isEmpty()) {
            return "an answer that quotes nothing";
        }
        if (outcome.equals("no_match") && !citations.isEmpty()) {
            return "a no-match that quotes a clause";
        }
        return "";
    }
}
