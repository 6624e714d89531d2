package org.protocolbot.bench;

import java.net.URI;
import org.protocolbot.app.ProtocolBot;

/**
 * Whatever {@link ServeLoad} sends its questions to: a server for the bot, started on a free loopback port. The
 * caller (the {@code bench --load} command, or a test) provides it, so shipped benchmark code never imports the
 * server: the dependency points from the server side to this interface, not the other way (issue 15).
 */
@FunctionalInterface
public interface LoadTarget {

    /** Starts a server for {@code bot}; closing what it returns stops the server and removes what it left. */
    Running start(ProtocolBot bot);

    /** A started server. */
    interface Running extends AutoCloseable {

        /** Where {@code POST /api/ask} is, e.g. {@code http://127.0.0.1:41234/api/ask}. */
        URI askUri();

        @Override
        void close();
    }
}
