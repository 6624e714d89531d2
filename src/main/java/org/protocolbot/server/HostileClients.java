package org.protocolbot.server;

import java.time.Duration;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.QoSHandler;

/**
 * Jetty's own defences against clients that hold the server up, so that {@code /healthz} and {@code /readyz} stay
 * answered whatever the traffic (issue 16: 260 slow-body connections used to take every thread and fail every probe).
 * All of it is Jetty 12 code, configured here; nothing is hand-written:
 * <ul>
 *   <li>{@link EagerContentHandler} reads a request's body asynchronously, before any thread is given to the
 *       request, so a client trickling its body one byte at a time holds a connection but no thread;</li>
 *   <li>{@link BodyReadDeadline} closes the connection of a request whose body has not arrived in
 *       {@link #BODY_READ_LIMIT}, and the connector's idle timeout and minimum data rate cut off idle and crawling
 *       connections;</li>
 *   <li>{@link QoSHandler} bounds how many requests run at once and how many wait, and how long they may wait
 *       ({@link RequestQueue}): beyond that the request is shed with 503 and {@code Retry-After} (see
 *       {@link JsonErrorPages}). Health, readiness and metrics bypass it, so the threads it does not hand out are
 *       the probes' reserved share.</li>
 * </ul>
 */
final class HostileClients {

    /** A connection that sends nothing for this long is closed. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(15);
    /** A request whose body has not fully arrived this long after its headers is cut off (BodyReadDeadline). */
    static final Duration BODY_READ_LIMIT = Duration.ofSeconds(10);
    /** A body arriving slower than this (bytes per second, averaged over the request) is cut off. */
    static final long MIN_REQUEST_BYTES_PER_SECOND = 64;
    /** Bodies up to this size are read before the request gets a thread; every endpoint's limit is far below it. */
    static final long EAGER_BODY_BYTES = 1024 * 1024;
    /** Paths answered outside the queue: the probes must see a busy server as alive and ready. */
    static final String[] PROBE_PATHS = {"/healthz", "/readyz", "/metrics"};

    private HostileClients() {
    }

    /**
     * Inserts the handlers in front of Javalin's, outermost first: the body-read deadline, the eager body read, the
     * deadline's marker, then the bounded queue ({@link Server#insertHandler} puts each new one outermost).
     */
    static void protect(Server server, RequestQueue bounds) {
        QoSHandler queue = new QoSHandler();
        queue.setMaxRequestCount(bounds.maxActive());
        queue.setMaxSuspendedRequestCount(bounds.maxWaiting());
        queue.setMaxSuspend(bounds.maxWait());
        queue.setRejectStatusCode(503);
        queue.excludePath(PROBE_PATHS);
        server.insertHandler(queue);
        server.insertHandler(BodyReadDeadline.reached());
        server.insertHandler(new EagerContentHandler(
                new EagerContentHandler.RetainedContentLoaderFactory(EAGER_BODY_BYTES, -1, false)));
        server.insertHandler(new BodyReadDeadline(BODY_READ_LIMIT));
    }

    /** The one HTTP connector, with the idle timeout and minimum data rate. Port 0 picks a free port. */
    static Connector connector(Server server, HttpConfiguration http, int port) {
        http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setPort(port);
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        return connector;
    }
}
