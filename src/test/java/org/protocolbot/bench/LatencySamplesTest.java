package org.protocolbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Percentiles are nearest-rank values of exactly what was recorded. */
class LatencySamplesTest {

    @Test
    void nearestRankPercentilesOfOneToAHundredMilliseconds() {
        LatencySamples samples = new LatencySamples(100);
        for (int ms = 100; ms >= 1; ms--) {
            samples.add(ms * 1_000_000L);
        }
        assertEquals(50.0, samples.percentileMs(50));
        assertEquals(99.0, samples.percentileMs(99));
        assertEquals(100.0, samples.percentileMs(100));
        assertEquals(1.0, samples.percentileMs(0));
        assertEquals(50.5, samples.meanMs());
    }

    @Test
    void p99OfFewSamplesIsTheLargest() {
        LatencySamples samples = new LatencySamples(3);
        samples.add(3_000_000);
        samples.add(1_000_000);
        samples.add(2_000_000);
        assertEquals(3.0, samples.percentileMs(99));
        assertEquals(2.0, samples.percentileMs(50));
    }

    @Test
    void noSamplesIsAnError() {
        assertThrows(IllegalStateException.class, () -> new LatencySamples(1).percentileMs(50));
    }
}
