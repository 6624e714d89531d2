package org.protocolbot.server;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-client request budget for one endpoint (resilience4j's RateLimiter, one per client address), answered
 * with 429 and {@code Retry-After} when spent. The client is the connection's address: the page has no login,
 * and a forwarded-for header would let a client pick a fresh identity per request. Behind a load balancer that
 * does not keep client addresses the budget is shared, which errs towards refusing; docs/security.md says so.
 */
final class ClientRateLimits {

    /** Clients remembered at most; past it the table starts afresh, so a scan of addresses cannot fill memory. */
    static final int MAX_CLIENTS = 10_000;

    private final String what;
    private final RateLimiterConfig config;
    private final Map<String, RateLimiter> byClient = new ConcurrentHashMap<>();

    /**
     * @param what    the endpoint, for the message, e.g. {@code feedback}
     * @param perMinute requests each client may make per minute
     */
    ClientRateLimits(String what, int perMinute) {
        this.what = what;
        this.config = RateLimiterConfig.custom()
                .limitForPeriod(perMinute)
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO)
                .build();
    }

    /** Lets the request through, or throws a 429 for it. */
    void require(Context ctx) {
        if (byClient.size() >= MAX_CLIENTS) {
            byClient.clear();
        }
        String client = ctx.ip();
        RateLimiter limiter = byClient.computeIfAbsent(client, c -> RateLimiter.of(what + ":" + c, config));
        if (!limiter.acquirePermission()) {
            long seconds = limiter instanceof AtomicRateLimiter atomic
                    ? Math.max(1, (atomic.getDetailedMetrics().getNanosToWait() + 999_999_999L) / 1_000_000_000L)
                    : 60;
            throw ApiError.tooManyRequests("Too many " + what + " requests from this address; try again in "
                    + seconds + " s.", seconds);
        }
    }
}
