package org.protocolbot.server;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A time limit on receiving a request's body. Jetty's idle timeout alone does not end a request whose body has
 * stalled while {@link org.eclipse.jetty.server.handler.EagerContentHandler} waits for it (the timeout is only
 * passed to the reader, which waits on), and one byte every few seconds never trips an idle timeout at all. So the
 * outer handler starts a timer when the request arrives, the {@link #reached() inner marker} (placed after the
 * eager read) stops it, and a body still incomplete when it fires has its connection closed: no thread was ever
 * given to it, and none is spent on it now.
 */
final class BodyReadDeadline extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(BodyReadDeadline.class);
    private static final String TIMER = "protocolbot.bodyReadTimer";

    private final Duration limit;

    BodyReadDeadline(Duration limit) {
        this.limit = limit;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Scheduler.Task timer = getServer().getScheduler()
                .schedule(() -> cutOff(request), limit.toMillis(), TimeUnit.MILLISECONDS);
        request.setAttribute(TIMER, timer);
        return super.handle(request, response, callback);
    }

    /** The handler that marks the body as received; goes after the eager body reader. */
    static Handler.Wrapper reached() {
        return new Handler.Wrapper() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                // A timer that has already fired closed this connection: the request goes no further. Passed on, it
                // would take a slot of the work queue while the handler waits on the body that will never come,
                // and a wave of cut-off slow clients would shed real requests with 503 for as long as they wait.
                if (request.getAttribute(TIMER) instanceof Scheduler.Task timer && !timer.cancel()) {
                    callback.failed(new java.util.concurrent.TimeoutException("request body not received in time"));
                    return true;
                }
                return super.handle(request, response, callback);
            }
        };
    }

    private void cutOff(Request request) {
        LOG.warn("client error path={} cause=body not received within {} s; connection closed",
                LogLine.escape(request.getHttpURI().getPath()), limit.toSeconds());
        request.getConnectionMetaData().getConnection().getEndPoint().close();
    }
}
