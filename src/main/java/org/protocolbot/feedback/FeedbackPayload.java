package org.protocolbot.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Outcome;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a "Helpful" / "Not helpful" button carries back to the bot, so the click can be recorded without the bot
 * remembering every answer: the question, its council scope, the outcome and the cited clauses. It never travels
 * bare: {@link FeedbackSigner} encodes and signs it into a {@link SignedFeedback}, which Slack puts in a button's
 * {@code value} (at most {@value #MAX_ENCODED_LENGTH} characters), Teams in an Adaptive Card action's data and the
 * API in its {@code feedback} field, and a click is decoded only after its signature has been checked.
 */
public record FeedbackPayload(String question, Optional<String> council, String outcome, List<String> citations) {

    /** Slack's limit on a button value. */
    public static final int MAX_ENCODED_LENGTH = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();

    public FeedbackPayload {
        question = StoredText.question(question);
        council = StoredText.optional(council, "council");
        outcome = StoredText.required(outcome, "outcome");
        citations = StoredText.citations(citations);
    }

    public static FeedbackPayload of(String question, Optional<String> council, Answer answer) {
        return new FeedbackPayload(question, council, answer.outcome().wireName(), answer.citations());
    }

    /**
     * The payload for the buttons under {@code answer}, or empty when the answer gets none: help, the list of
     * councils and other information replies are not answers from the protocol, so there is nothing to rate.
     * Every surface asks here, so Slack, Teams and the web page offer buttons under the same replies.
     */
    public static Optional<FeedbackPayload> offeredFor(String question, Optional<String> council, Answer answer) {
        return answer.outcome() == Outcome.INFO ? Optional.empty() : Optional.of(of(question, council, answer));
    }

    /** Compact JSON of at most {@value #MAX_ENCODED_LENGTH} characters; a long question is cut to fit. */
    public String encode() {
        return encode(MAX_ENCODED_LENGTH);
    }

    /** Compact JSON of at most {@code maxLength} characters; a long question is cut to fit. */
    public String encode(int maxLength) {
        String whole = json(question);
        if (whole.length() <= maxLength) {
            return whole;
        }
        // Escapes make the JSON longer than the text by an amount that varies, so search for the longest prefix
        // of the question that fits.
        int fits = 0;
        int tooLong = question.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (json(StoredText.prefix(question, middle)).length() <= maxLength) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return json(StoredText.prefix(question, fits));
    }

    private String json(String text) {
        ObjectNode node = JSON.createObjectNode();
        node.put("question", text);
        council.ifPresent(c -> node.put("council", c));
        node.put("outcome", outcome);
        ArrayNode array = node.putArray("citations");
        citations.forEach(array::add);
        return node.toString();
    }

    /**
     * Reads what {@link #encode()} wrote.
     *
     * @throws IllegalArgumentException when the value is not such a payload (a forged or truncated click)
     */
    public static FeedbackPayload decode(String encoded) {
        try {
            JsonNode node = JSON.readTree(encoded);
            if (node == null || !node.path("question").isTextual() || !node.path("outcome").isTextual()
                    || !node.path("citations").isArray()) {
                throw new IllegalArgumentException("not a feedback payload");
            }
            for (JsonNode citation : node.get("citations")) {
                if (!citation.isTextual()) {
                    // citations:[null] used to reach the store as a NullPointerException and a 500.
                    throw new IllegalArgumentException("not a feedback payload: a citation is not text");
                }
            }
            List<String> citations = JSON.convertValue(node.get("citations"),
                    JSON.getTypeFactory().constructCollectionType(List.class, String.class));
            return new FeedbackPayload(node.get("question").asText(),
                    Optional.ofNullable(node.get("council")).filter(JsonNode::isTextual).map(JsonNode::asText),
                    node.get("outcome").asText(), citations);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("not a feedback payload", e);
        }
    }

    /** The click to record for this payload. */
    public AnswerFeedback toFeedback(String adapter, boolean helpful, Instant at) {
        return new AnswerFeedback(question, outcome, council, citations, adapter, helpful, at);
    }
}
