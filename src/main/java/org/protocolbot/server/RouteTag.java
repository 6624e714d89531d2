package org.protocolbot.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which surface a request came through and which endpoint it hit: the bounded labels metrics and logs use.
 *
 * @param adapter  {@code api}, {@code web} (the try-it page and its API calls), {@code slack}, {@code teams},
 *                 or {@code ops} (health and metrics)
 * @param endpoint a fixed name per route, never the raw path, so a scanner cannot mint new metric series
 */
record RouteTag(String adapter, String endpoint) {

    static final String API = "api";
    static final String WEB = "web";
    static final String OPS = "ops";
    /** The page sends this header on its API calls so its use is counted apart from scripts calling the API. */
    static final String CLIENT_HEADER = "X-Protocol-Client";

    /** Classifies requests for one server: the fixed routes plus whatever chat adapters are mounted. */
    static final class Classifier {

        private final Map<String, String> adapterByPath;

        Classifier(List<ChatAdapterMount> mounts) {
            this.adapterByPath = mounts.stream()
                    .collect(Collectors.toUnmodifiableMap(ChatAdapterMount::path, ChatAdapterMount::adapter));
        }

        RouteTag classify(Context ctx) {
            String path = ctx.path();
            String mounted = adapterByPath.get(path);
            if (mounted != null) {
                return new RouteTag(mounted, path);
            }
            switch (path) {
                case "/healthz", "/readyz", "/metrics":
                    return new RouteTag(OPS, path.substring(1));
                case "/api/ask":
                    return api(ctx, "ask");
                case "/api/councils":
                    return api(ctx, "councils");
                case "/api/compare":
                    return api(ctx, "compare");
                case "/api/feedback":
                    return api(ctx, "feedback");
                case "/api/report":
                    return api(ctx, "report");
                default:
                    break;
            }
            if (path.startsWith("/api/clauses/")) {
                return api(ctx, "clauses");
            }
            if (path.startsWith("/api/")) {
                return api(ctx, "unknown");
            }
            return new RouteTag(WEB, "page");
        }

        private static RouteTag api(Context ctx, String endpoint) {
            return new RouteTag(WEB.equals(ctx.header(CLIENT_HEADER)) ? WEB : API, endpoint);
        }
    }
}
