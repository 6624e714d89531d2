package org.protocolbot.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Everything an operator could see while it is open: every logback event (level, logger, message, MDC and the full
 * stack trace; our own loggers at DEBUG) and everything written to stdout and stderr. For tests that a secret
 * never appears in any of it.
 */
public final class CapturedOutput implements AutoCloseable {

    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger ours = (Logger) LoggerFactory.getLogger("org.protocolbot");
    private final Level ourLevel = ours.getLevel();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    private CapturedOutput() {
        events.start();
        root.addAppender(events);
        ours.setLevel(Level.DEBUG);
        System.setOut(new PrintStream(new Tee(out, console), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(err, console), true, StandardCharsets.UTF_8));
    }

    public static CapturedOutput start() {
        return new CapturedOutput();
    }

    /** Every event as an operator could see it. */
    public String logged() {
        StringBuilder text = new StringBuilder();
        synchronized (events.list) {
            for (ILoggingEvent event : List.copyOf(events.list)) {
                text.append(event.getLevel()).append(' ').append(event.getLoggerName()).append(' ')
                        .append(event.getFormattedMessage()).append(' ').append(event.getMDCPropertyMap()).append('\n');
                if (event.getThrowableProxy() != null) {
                    text.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
                }
            }
        }
        return text.toString();
    }

    public String console() {
        synchronized (console) {
            return console.toString(StandardCharsets.UTF_8);
        }
    }

    /** None of {@code secrets} appears in the log or on the console. */
    public void assertNoneOf(Collection<String> secrets) {
        String logged = logged();
        String printed = console();
        for (String secret : secrets) {
            assertFalse(logged.contains(secret), () -> "a secret in the log: " + lineWith(logged, secret));
            assertFalse(printed.contains(secret), () -> "a secret on the console: " + lineWith(printed, secret));
        }
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
        ours.setLevel(ourLevel);
        root.detachAppender(events);
    }

    private static String lineWith(String text, String secret) {
        return text.lines().filter(l -> l.contains(secret)).findFirst().orElse("");
    }

    /** Writes to the real stream and to the capture. */
    private static final class Tee extends OutputStream {
        private final OutputStream real;
        private final ByteArrayOutputStream capture;

        Tee(OutputStream real, ByteArrayOutputStream capture) {
            this.real = real;
            this.capture = capture;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (capture) {
                capture.write(b, off, len);
            }
            try {
                real.write(b, off, len);
            } catch (IOException e) {
                // The capture is what the test reads; the real stream is a courtesy.
            }
        }
    }
}
