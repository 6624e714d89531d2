package org.protocolbot.server;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A check answered from its last result for a few seconds: probes arrive every few seconds from every load
 * balancer and kubelet, and each need not cost the database a transaction.
 */
final class CachedCheck implements BooleanSupplier {

    static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final BooleanSupplier check;
    private volatile long checkedAt = Long.MIN_VALUE;
    private volatile boolean last;

    CachedCheck(BooleanSupplier check) {
        this.check = check;
    }

    @Override
    public boolean getAsBoolean() {
        long now = System.nanoTime();
        if (checkedAt == Long.MIN_VALUE || now - checkedAt > FRESH_FOR.toNanos()) {
            last = check.getAsBoolean();
            checkedAt = now;
        }
        return last;
    }
}
