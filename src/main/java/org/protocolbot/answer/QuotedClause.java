package org.protocolbot.answer;

import java.util.Objects;
import java.util.Optional;

/**
 * A clause quoted verbatim in an answer.
 *
 * @param citation  where it comes from
 * @param text      the clause text, verbatim
 * @param answering the sentence or sub-point of {@code text} that best answers the question, for surfaces to mark;
 *                  empty for plain clause look-ups, where the whole clause was asked for
 */
public record QuotedClause(ClauseCitation citation, String text, Optional<TextSpan> answering) {

    public QuotedClause {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(text, "text");
        answering = answering == null ? Optional.empty() : answering;
        if (answering.isPresent() && !answering.get().fits(text)) {
            throw new IllegalArgumentException("answering span " + answering.get() + " lies outside the quote");
        }
    }

    /** A quote with no sentence marked: a clause looked up by number, or a refusal's cited principle. */
    public QuotedClause(ClauseCitation citation, String text) {
        this(citation, text, Optional.empty());
    }

    /** The marked sentence's text, or empty. */
    public Optional<String> answeringText() {
        return answering.map(s -> text.substring(s.start(), s.end()));
    }
}
