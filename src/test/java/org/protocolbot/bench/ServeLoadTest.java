package org.protocolbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;
import org.protocolbot.server.LocalLoadTarget;

/**
 * The bounded load test of the real server (2,000 POST /api/ask from 8 concurrent clients). Asserts what must hold
 * on any machine: no request fails, every response is a valid answer and the same as every other response to the
 * same request, and the heap does not grow with the number of requests. Speed is printed, not asserted.
 */
class ServeLoadTest {

    /** Generous: what the server legitimately keeps (metrics, pooled buffers) is far below this; a leak of even a few KiB per request is not. */
    private static final double HEAP_GROWTH_LIMIT_MB = 48;

    @Test
    void twoThousandRequestsFromEightClientsAllGetValidIdenticalAnswersAndTheHeapStaysFlat() {
        ServeLoad.Report report = new ServeLoad(TestBots.shared(), ServeLoad.Options.defaults(), new LocalLoadTarget()).run();
        System.out.println(report.toTable());
        System.out.println(report.toJson());

        assertEquals(2000, report.requests());
        assertEquals(0, report.errors(), () -> "failed requests: " + report.problems());
        assertEquals(0, report.invalid(), () -> "invalid answers: " + report.problems());
        assertEquals(2000, report.outcomes().values().stream().mapToInt(Integer::intValue).sum(), report::toString);
        assertTrue(report.outcomes().keySet().containsAll(AnswerJsonCheck.QUESTION_OUTCOMES),
                () -> "the rotation covers answers, refusals and no-match: " + report.outcomes());
        assertTrue(report.heapAfterMb() - report.heapBeforeMb() < HEAP_GROWTH_LIMIT_MB,
                () -> "heap grew from %.0f to %.0f MiB".formatted(report.heapBeforeMb(), report.heapAfterMb()));
    }
}
