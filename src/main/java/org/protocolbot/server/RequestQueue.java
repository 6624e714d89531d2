package org.protocolbot.server;

import java.time.Duration;

/**
 * The bounds of the work queue in front of the handlers (Jetty's {@code QoSHandler}, see {@link HostileClients}):
 * how many requests run at once, how many more may wait for a slot, and how long one may wait. Past either bound a
 * request is shed with 503, {@code Retry-After} and a JSON body. A value, so a test can start the server with a
 * queue small enough to fill on purpose.
 *
 * @param maxActive  requests answered at once
 * @param maxWaiting requests that may wait for a slot; one more is shed at once
 * @param maxWait    how long a request may wait before it is shed
 */
record RequestQueue(int maxActive, int maxWaiting, Duration maxWait) {

    /**
     * What the server runs with. Answering is CPU-bound (a few ms on 2 cores), so more than 64 at once would only
     * queue on the CPU; 512 waiting for up to 5 s absorbs a burst without holding clients for long.
     */
    static final RequestQueue STANDARD = new RequestQueue(64, 512, Duration.ofSeconds(5));

    RequestQueue {
        if (maxActive < 1 || maxWaiting < 0 || maxWait.isNegative() || maxWait.isZero()) {
            // Jetty reads 0 active as "choose for me" and a zero wait as "wait for ever": neither is a bound.
            throw new IllegalArgumentException("a request queue needs at least 1 active request, 0 or more waiting "
                    + "and a positive wait: " + maxActive + ", " + maxWaiting + ", " + maxWait);
        }
    }
}
