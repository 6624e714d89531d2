package org.protocolbot.feedback;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Outcome;

/**
 * A question the bot could not answer (no_match) or refused (a guard rule fired), for the opt-in question log.
 * It names no user: the log exists to show the monitoring officer where the protocol falls short, not who asked.
 *
 * @param question  the question as the user asked it
 * @param council   the council scope the question was asked in, empty when every council was searched
 * @param outcome   the answer's outcome wire name
 * @param guardRule the guard rule that fired, empty when none did
 * @param adapter   where the question came from: slack, teams, web, cli
 * @param at        when it was asked
 */
public record AskedQuestion(
        String question,
        Optional<String> council,
        String outcome,
        Optional<String> guardRule,
        String adapter,
        Instant at) {

    public AskedQuestion {
        question = StoredText.question(question);
        council = StoredText.optional(council, "council");
        outcome = StoredText.required(outcome, "outcome");
        guardRule = StoredText.optional(guardRule, "guardRule");
        adapter = StoredText.required(adapter, "adapter");
        Objects.requireNonNull(at, "at");
    }

    public static AskedQuestion of(String question, Optional<String> council, Answer answer, String adapter,
            Instant at) {
        return new AskedQuestion(question, council, answer.outcome().wireName(), Optional.of(answer.guardRule()),
                adapter, at);
    }

    /** Only gaps and refusals are worth keeping: answered questions tell the officer nothing to revise. */
    public boolean worthLogging() {
        return outcome.equals(Outcome.NO_MATCH.wireName()) || outcome.equals(Outcome.REFUSE.wireName());
    }
}
