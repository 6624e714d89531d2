package org.protocolbot.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** One JSON object per line per clause: {@code knowledge/clauses/<council>.jsonl}. */
public final class ClauseFiles {

    public static final String DIRECTORY = "clauses";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClauseFiles() {
    }

    public static String fileName(String councilId) {
        return DIRECTORY + "/" + councilId + ".jsonl";
    }

    public static String write(List<Clause> clauses) {
        StringBuilder out = new StringBuilder();
        for (Clause clause : clauses) {
            try {
                out.append(JSON.writeValueAsString(clause)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a clause record always serialises", e);
            }
        }
        return out.toString();
    }

    public static List<Clause> read(BufferedReader reader, String where, String councilId) {
        List<JsonLines.Line<Clause>> lines;
        try {
            lines = JsonLines.read(reader, JSON.readerFor(Clause.class), (number, cause) -> new IngestException(
                    where + ":" + number + ": corrupt clause record; run `protocol-bot ingest` to rebuild it", cause));
        } catch (IOException e) {
            throw new IngestException(where + ": unreadable (" + e.getMessage() + "); run `protocol-bot ingest` to rebuild it", e);
        }
        List<Clause> clauses = new ArrayList<>();
        for (JsonLines.Line<Clause> line : lines) {
            Clause clause = line.value();
            if (clause.council() == null || !clause.council().equals(councilId) || clause.text() == null || clause.text().isBlank()) {
                throw new IngestException(where + ":" + line.number() + ": clause belongs to \"" + clause.council()
                        + "\" or has no text");
            }
            clauses.add(clause);
        }
        if (clauses.isEmpty()) {
            throw new IngestException(where + ": holds no clauses; run `protocol-bot ingest` to rebuild it");
        }
        return clauses;
    }
}
