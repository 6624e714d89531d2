package org.protocolbot.server;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/** Captures what the server logs, through logback itself, so tests read the very lines an operator would. */
final class CapturedLogs implements AutoCloseable {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLogs(String loggerName) {
        this.logger = (Logger) LoggerFactory.getLogger(loggerName);
        appender.start();
        logger.addAppender(appender);
    }

    /** Everything under org.protocolbot, including the per-request lines. */
    static CapturedLogs all() {
        return new CapturedLogs("org.protocolbot");
    }

    synchronized List<String> messages() {
        synchronized (appender.list) {
            return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    /**
     * The request line is written once the response has gone out, so a test that already holds the response waits
     * for it (up to 10 s) rather than racing it.
     */
    String awaitLine(Predicate<String> matching) {
        for (int attempt = 0; attempt < 200; attempt++) {
            Optional<String> line = messages().stream().filter(matching).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            sleep();
        }
        throw new AssertionError("no log line matched; got " + messages());
    }

    static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
