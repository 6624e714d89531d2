package org.protocolbot.server;

import io.javalin.http.Context;
import java.net.URI;

/**
 * Refuses a browser request sent by another site's page. Browsers name the sending page's origin on every POST
 * ({@code Origin}) and say whether it is this site ({@code Sec-Fetch-Site}); scripts outside a browser send
 * neither and are let through, as the API is public. A page elsewhere cannot remove these headers, so it cannot
 * make a visitor's browser click "Helpful" here.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    static void require(Context ctx) {
        String fetchSite = ctx.header("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            throw refused();
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null") && !sameHost(origin, ctx.host())) {
            throw refused();
        }
        if ("null".equals(origin)) {
            throw refused(); // a sandboxed frame or a file: page
        }
    }

    private static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            String authority = uri.getRawAuthority();
            return authority != null && host != null && authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ApiError refused() {
        return ApiError.forbidden("Feedback is accepted only from this server's own page.");
    }
}
