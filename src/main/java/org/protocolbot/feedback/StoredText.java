package org.protocolbot.feedback;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The limits every stored text obeys, so a long paste can never make an insert fail. */
final class StoredText {

    /** Matches the VARCHAR size of the question columns in the migrations. */
    static final int MAX_QUESTION_LENGTH = 2000;
    /** Matches the VARCHAR size of the short columns (outcome, adapter, council, guard rule) in the migrations. */
    static final int MAX_SHORT_LENGTH = 64;
    /** Matches the VARCHAR size of feedback_citation.clause_id. */
    static final int MAX_CITATION_LENGTH = 128;

    private StoredText() {
    }

    static String question(String text) {
        String stripped = text == null ? "" : text.strip();
        return prefix(stripped, MAX_QUESTION_LENGTH);
    }

    /** At most {@code length} characters of {@code text}, one fewer if the cut would split a surrogate pair. */
    static String prefix(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = length > 0 && Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    static String required(String value, String name) {
        return bounded(value, name, MAX_SHORT_LENGTH);
    }

    static List<String> citations(List<String> citations) {
        return citations.stream().map(c -> bounded(c, "citation", MAX_CITATION_LENGTH)).toList();
    }

    private static String bounded(String value, String name, int maxLength) {
        Objects.requireNonNull(value, name);
        String stripped = value.strip();
        if (stripped.isEmpty() || stripped.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be 1 to " + maxLength + " characters");
        }
        return stripped;
    }

    static Optional<String> optional(Optional<String> value, String name) {
        Optional<String> stripped = value == null ? Optional.empty()
                : value.map(String::strip).filter(v -> !v.isEmpty());
        stripped.ifPresent(v -> required(v, name));
        return stripped;
    }
}
