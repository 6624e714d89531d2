package org.protocolbot;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * The WARN and ERROR events one class logs while attached, through logback itself, from any thread: for tests that
 * a refusal leaves exactly the one line an operator should see, and no stack trace.
 */
public final class LoggedWarnings implements AutoCloseable {

    private final Logger logger;
    private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
                event.prepareForDeferredProcessing();
                events.add(event);
            }
        }
    };

    private LoggedWarnings(Class<?> source) {
        this.logger = (Logger) LoggerFactory.getLogger(source);
        appender.start();
        logger.addAppender(appender);
    }

    public static LoggedWarnings from(Class<?> source) {
        return new LoggedWarnings(source);
    }

    /** The formatted messages, in order. */
    public List<String> messages() {
        return events.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Whether any event carried a stack trace. */
    public boolean anyStackTrace() {
        return events.stream().anyMatch(event -> event.getThrowableProxy() != null);
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
