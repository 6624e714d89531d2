package org.protocolbot.server;

import java.util.Objects;

/**
 * A connection an adapter opens itself rather than receiving webhooks (Slack Socket Mode). The server opens it
 * after it starts listening and closes it first on shutdown, before draining HTTP requests.
 *
 * @param name  for logs, e.g. {@code Slack Socket Mode}
 * @param open  opens the connection; may throw, and the server then stops rather than run half-configured
 * @param close closes it; must not throw
 */
public record BackgroundConnection(String name, Runnable open, Runnable close) {

    public BackgroundConnection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(close, "close");
    }
}
