package org.protocolbot.corpus;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads clause numbers the way people (and document converters) write them: {@code I.05} for {@code 1.05},
 * a trailing dot, a leading {@code clause}, {@code para} or {@code §}, and a lettered point such as {@code 4(b)}.
 */
public final class ClauseNumbers {

    // Letters that OCR and PDF conversion put where digits belong: I and l for 1, O for 0.
    private static final Pattern USER_NUMBER = Pattern.compile(
            "^(?:(?:clause|para(?:graph)?|section|§)\\s*)?([0-9IlO]{1,3}(?:\\.[0-9IlO]{1,3}){0,2})(\\s?\\([a-z]\\))?\\.?$",
            Pattern.CASE_INSENSITIVE);

    private ClauseNumbers() {
    }

    /** Normalises a user-typed clause reference, or empty if it is not one. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.strip().replaceAll("\\s+", " ");
        Matcher m = USER_NUMBER.matcher(trimmed);
        if (!m.matches()) {
            return Optional.empty();
        }
        // A lettered point, "4(b)", is cited with its letter: ingest numbers sections that have only (a), (b), ... so.
        String point = m.group(2) == null ? "" : m.group(2).strip().toLowerCase(java.util.Locale.ROOT);
        return Optional.of(digits(m.group(1)) + point);
    }

    /** Replaces look-alike letters with the digits they stand for. */
    public static String digits(String number) {
        return number.replace('I', '1').replace('l', '1').replace('i', '1').replace('O', '0').replace('o', '0');
    }

    /** Numeric comparison key parts, e.g. {@code 10.12} → [10, 12]. */
    public static int[] parts(String number) {
        String[] pieces = number.split("\\.");
        int[] out = new int[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            try {
                out[i] = Integer.parseInt(pieces[i]);
            } catch (NumberFormatException e) {
                out[i] = -1;
            }
        }
        return out;
    }
}
