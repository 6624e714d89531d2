package org.protocolbot.surface;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A budget of requests per minute for each key, in this process's memory: resilience4j's {@link RateLimiter}, one
 * per key, refilled every minute. The key is whoever the surface can tell apart: a client address on the web API,
 * a user in Slack and Teams. Shared by the server's per-address limits and the chat surfaces' per-user limit, so
 * both count the same way. Thread-safe.
 *
 * <p>With several replicas each keeps its own budgets, so a client spread over them gets up to one budget each:
 * these limits keep one runaway client from taking a replica's CPU, not a quota. Chat users' budgets can be shared
 * instead ({@link JdbcQuestionBudget}); a web client's address budget stays per replica.
 */
public final class PerMinuteBudget implements QuestionBudget {

    /** Keys remembered at most; past it the table starts afresh, so a scan of addresses or ids cannot fill memory. */
    static final int MAX_KEYS = 10_000;

    private final String name;
    private final RateLimiterConfig config;
    private final Map<String, RateLimiter> byKey = new ConcurrentHashMap<>();

    private PerMinuteBudget(String name, RateLimiterConfig config) {
        this.name = name;
        this.config = config;
    }

    /**
     * @param name      what is limited, for the limiters' names, e.g. {@code ask}
     * @param perMinute requests each key may make per minute; 0 or less means no limit
     */
    public static PerMinuteBudget of(String name, int perMinute) {
        if (perMinute <= 0) {
            return unlimited();
        }
        return new PerMinuteBudget(name, RateLimiterConfig.custom()
                .limitForPeriod(perMinute)
                .limitRefreshPeriod(Duration.ofMinutes(1))
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    /** A budget that is never spent: for a load test, or an operator who limits in front of the bot. */
    public static PerMinuteBudget unlimited() {
        return new PerMinuteBudget("unlimited", null);
    }

    @Override
    public OptionalLong spend(String key) {
        if (config == null) {
            return OptionalLong.empty();
        }
        if (byKey.size() >= MAX_KEYS) {
            byKey.clear();
        }
        RateLimiter limiter = byKey.computeIfAbsent(key, k -> RateLimiter.of(name + ":" + k, config));
        if (limiter.acquirePermission()) {
            return OptionalLong.empty();
        }
        long seconds = limiter instanceof AtomicRateLimiter atomic
                ? Math.max(1, (atomic.getDetailedMetrics().getNanosToWait() + 999_999_999L) / 1_000_000_000L)
                : config.getLimitRefreshPeriod().toSeconds();
        return OptionalLong.of(seconds);
    }
}
