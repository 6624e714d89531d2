package org.protocolbot.answer;

import java.util.Optional;

/**
 * A question in plain English, optionally scoped to one council.
 *
 * @param text    the question as the user typed it
 * @param council council id to restrict retrieval to, or empty to search every council
 *                (a council named in the text itself still narrows the scope)
 */
public record Question(String text, Optional<String> council) {

    public Question {
        text = text == null ? "" : text;
        council = council == null ? Optional.empty() : council.filter(c -> !c.isBlank());
    }

    public static Question of(String text) {
        return new Question(text, Optional.empty());
    }

    public static Question of(String text, String council) {
        return new Question(text, Optional.ofNullable(council));
    }
}
