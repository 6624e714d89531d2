package org.protocolbot.corpus;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Files of one JSON object per line (clauses, clause questions, evaluation sets): blank lines are skipped and a line
 * that does not read as the expected record is reported by its number, since these files are edited by hand and
 * "line 212" is what the person fixing one needs.
 */
public final class JsonLines {

    /** One record and the line (from 1) it was read from. */
    public record Line<T>(int number, T value) {
    }

    /** Makes the error to throw for a line that is not a record of the expected kind. */
    @FunctionalInterface
    public interface BadLine {
        RuntimeException at(int number, Exception cause);
    }

    private JsonLines() {
    }

    public static <T> List<Line<T>> read(BufferedReader reader, ObjectReader json, BadLine bad) throws IOException {
        List<Line<T>> lines = new ArrayList<>();
        int number = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            try {
                lines.add(new Line<>(number, json.readValue(text)));
            } catch (IOException | IllegalArgumentException | NullPointerException e) {
                // A record's constructor rejecting a value is the same fault as malformed JSON: a bad line.
                throw bad.at(number, e);
            }
        }
        return lines;
    }
}
