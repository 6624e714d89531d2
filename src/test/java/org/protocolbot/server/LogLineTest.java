package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** logfmt lines: plain values bare, everything else quoted so no value can forge a field or a line. */
class LogLineTest {

    @Test
    void plainValuesStayBare() {
        assertEquals("request adapter=api status=200 endpoint=/slack/events latency_ms=12",
                new LogLine("request").field("adapter", "api").field("status", 200)
                        .field("endpoint", "/slack/events").field("latency_ms", 12L).toString());
    }

    @Test
    void valuesWithSpacesQuotesOrNewlinesAreQuotedAndEscaped() {
        String line = new LogLine("request")
                .field("question", "May I \"attend\"?\nrequest adapter=forged\u0007 \\ end").toString();

        assertEquals("request question=\"May I \\\"attend\\\"?\\nrequest adapter=forged\\u0007 \\\\ end\"", line);
    }

    @Test
    void emptyValuesAreVisible() {
        assertEquals("request council=\"\"", new LogLine("request").field("council", "").toString());
    }
}
