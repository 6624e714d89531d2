package org.protocolbot.slack;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.classic.Level;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Collects INFO and above from every thread (Bolt, Jetty and the answer threads all log) while attached.
 * Unsynchronised, and blind to DEBUG: formatting Jetty's debug messages inside a shared lock can deadlock.
 */
final class CapturedLog extends UnsynchronizedAppenderBase<ILoggingEvent> implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

    static CapturedLog attach() {
        CapturedLog log = new CapturedLog();
        log.start();
        log.root.addAppender(log);
        return log;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (!event.getLevel().isGreaterOrEqual(Level.INFO)) {
            return;
        }
        event.prepareForDeferredProcessing();
        events.add(event);
    }

    /** Message and stack trace of each event, as they would be written. */
    List<String> lines() {
        return events.stream().map(event -> event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .toList();
    }

    @Override
    public void close() {
        root.detachAppender(this);
        stop();
    }
}
