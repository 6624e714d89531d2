package org.protocolbot.server;

import io.javalin.http.Handler;
import java.util.Objects;

/**
 * A chat surface's webhook, mounted as {@code POST path}. The server times and logs it under {@code adapter}
 * like every other route, so the adapter itself needs no metrics or logging code.
 *
 * @param adapter metric and log label, e.g. {@code slack} or {@code teams}
 * @param path    e.g. {@code /slack/events} or {@code /api/messages}
 * @param handler the adapter's request handler
 */
public record ChatAdapterMount(String adapter, String path, Handler handler) {

    public ChatAdapterMount {
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(handler, "handler");
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("mount path must start with /: " + path);
        }
    }
}
