package org.protocolbot.server;

import io.javalin.http.Context;
import java.util.OptionalLong;
import org.protocolbot.surface.PerMinuteBudget;

/**
 * A per-client request budget for one endpoint ({@link PerMinuteBudget}: resilience4j's RateLimiter, one per client
 * address), answered with 429, {@code Retry-After} and a JSON body when spent. The client is the connection's
 * address: the page has no login, and a forwarded-for header would let a client pick a fresh identity per request.
 * Behind a load balancer that does not keep client addresses the budget is shared, which errs towards refusing;
 * docs/security.md says so.
 */
final class ClientRateLimits {

    private final String what;
    private final PerMinuteBudget budget;

    /**
     * @param what      the requests limited, for the message, e.g. {@code feedback}
     * @param perMinute requests each client may make per minute; 0 means no limit
     */
    ClientRateLimits(String what, int perMinute) {
        this.what = what;
        this.budget = PerMinuteBudget.of(what, perMinute);
    }

    /** Lets the request through, or throws a 429 for it. */
    void require(Context ctx) {
        OptionalLong wait = budget.spend(ctx.ip());
        if (wait.isPresent()) {
            throw ApiError.tooManyRequests("Too many " + what + " requests from this address; try again in "
                    + wait.getAsLong() + " s.", wait.getAsLong());
        }
    }
}
