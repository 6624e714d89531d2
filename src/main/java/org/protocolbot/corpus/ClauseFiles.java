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
        List<Clause> clauses = new ArrayList<>();
        int lineNo = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                Clause clause = JSON.readValue(line, Clause.class);
                if (!clause.council().equals(councilId) || clause.text().isBlank()) {
                    throw new IngestException(where + ":" + lineNo + ": clause belongs to \"" + clause.council()
                            + "\" or has no text");
                }
                clauses.add(clause);
            }
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new IngestException(where + ":" + lineNo + ": corrupt clause record; run `protocol-bot ingest` to rebuild it", e);
        }
        if (clauses.isEmpty()) {
            throw new IngestException(where + ": holds no clauses; run `protocol-bot ingest` to rebuild it");
        }
        return clauses;
    }
}
