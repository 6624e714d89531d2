package org.protocolbot.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.protocolbot.answer.Answer;

/**
 * One "Helpful" / "Not helpful" click on an answer, without anything that identifies the person who clicked.
 * The user id travels separately into {@link FeedbackStore#recordFeedback(AnswerFeedback, String)}, which keeps
 * only its salted hash, so no value of this type can ever carry it.
 *
 * @param question  the question as the user asked it
 * @param outcome   the answer's outcome wire name: answer, refuse, no_match or info
 * @param council   the council scope the question was asked in, empty when every council was searched
 * @param citations cited clause ids in rank order, e.g. {@code ["kirklees:6.3"]}
 * @param adapter   where the click came from: slack, teams, web, cli
 * @param helpful   true for "Helpful", false for "Not helpful"
 * @param at        when the click happened
 */
public record AnswerFeedback(
        String question,
        String outcome,
        Optional<String> council,
        List<String> citations,
        String adapter,
        boolean helpful,
        Instant at) {

    public AnswerFeedback {
        question = StoredText.question(question);
        outcome = StoredText.required(outcome, "outcome");
        council = StoredText.optional(council, "council");
        citations = StoredText.citations(citations);
        adapter = StoredText.required(adapter, "adapter");
        Objects.requireNonNull(at, "at");
    }

    /** The feedback for a click on {@code answer}, the bot's reply to {@code question}. */
    public static AnswerFeedback of(String question, Optional<String> council, Answer answer, String adapter,
            boolean helpful, Instant at) {
        return new AnswerFeedback(question, answer.outcome().wireName(), council, answer.citations(), adapter,
                helpful, at);
    }
}
