package org.protocolbot.feedback.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The report as JSON, for {@code report --json} and {@code GET /api/report}. Field order follows the records'
 * declarations, so equal reports give byte-identical JSON.
 */
public final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    /** Pretty-printed JSON ending in a newline. */
    public static String render(ProtocolReport report) {
        try {
            return JSON.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            // Only records of strings, numbers and lists go in, so this cannot happen short of a Jackson bug.
            throw new IllegalStateException("Cannot write the report as JSON", e);
        }
    }
}
