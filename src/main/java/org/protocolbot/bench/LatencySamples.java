package org.protocolbot.bench;

import java.util.Arrays;

/**
 * Recorded durations of one operation, in nanoseconds, and their percentiles. Every sample is kept (no
 * histogram buckets), so p50 and p99 are the exact nearest-rank values of what was measured.
 */
final class LatencySamples {

    private final long[] nanos;
    private int count;

    LatencySamples(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    int count() {
        return count;
    }

    /** The nearest-rank percentile in milliseconds: the smallest sample at or above {@code percent}% of them. */
    double percentileMs(double percent) {
        if (count == 0) {
            throw new IllegalStateException("no samples recorded");
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double meanMs() {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += nanos[i];
        }
        return count == 0 ? 0 : sum / 1e6 / count;
    }
}
