package org.protocolbot.feedback.report;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The grouping key for questions in the report, so "Can I attend a group meeting?" and "can i attend a group
 * meeting" count as one. Applied when the report is built, never when storing: the log keeps what people typed.
 */
public final class QuestionText {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[\\s?!.]+$");

    private QuestionText() {
    }

    public static String normalise(String question) {
        String text = Normalizer.normalize(question, Normalizer.Form.NFKC)
                .replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201C', '"').replace('\u201D', '"')
                .toLowerCase(Locale.ROOT);
        text = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        return CLOSING_PUNCTUATION.matcher(text).replaceAll("");
    }
}
