package org.protocolbot;

import static org.junit.jupiter.api.Assertions.assertFalse;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/**
 * What an operator would see while it is open, read through logback itself: every event that reaches the root
 * logger from any thread (Bolt, Jetty and the answer threads all log), with its MDC and stack trace. {@link #start()}
 * keeps INFO and above; {@link #everything()} also turns our own loggers up to DEBUG and copies stdout and stderr,
 * for the tests that a secret appears nowhere.
 *
 * <p>The appender is unsynchronised and each event is formatted on the thread that logged it: formatting inside a
 * lock shared by every logging thread can deadlock.
 */
public final class CapturedLogs implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger ours = (Logger) LoggerFactory.getLogger("org.protocolbot");
    private final Level ourLevel = ours.getLevel();
    private final Collector events;
    private final Optional<Console> console;

    private CapturedLogs(boolean everything) {
        events = new Collector(everything ? Level.DEBUG : Level.INFO);
        events.setContext(root.getLoggerContext());
        events.start();
        root.addAppender(events);
        if (everything) {
            ours.setLevel(Level.DEBUG);
        }
        console = everything ? Optional.of(new Console()) : Optional.empty();
    }

    /** INFO and above from every logger. */
    public static CapturedLogs start() {
        return new CapturedLogs(false);
    }

    /** Also our own loggers' DEBUG events, and everything written to stdout and stderr. */
    public static CapturedLogs everything() {
        return new CapturedLogs(true);
    }

    /** Each event's message, as formatted. */
    public List<String> messages() {
        return events.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** Message and stack trace of each event, as they would be written. */
    public List<String> lines() {
        return events.list.stream().map(event -> event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .toList();
    }

    /** Every event with level, logger, message, MDC and stack trace, one after another. */
    public String logged() {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : events.list) {
            text.append(event.getLevel()).append(' ').append(event.getLoggerName()).append(' ')
                    .append(event.getFormattedMessage()).append(' ').append(event.getMDCPropertyMap()).append('\n');
            if (event.getThrowableProxy() != null) {
                text.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }
        return text.toString();
    }

    /** What was written to stdout and stderr; only when opened with {@link #everything()}. */
    public String console() {
        return console.orElseThrow(() -> new IllegalStateException("opened without the console")).text();
    }

    /** None of {@code secrets} appears in the log or, when captured, on the console. */
    public void assertNoneOf(Collection<String> secrets) {
        String logged = logged();
        String printed = console.map(Console::text).orElse("");
        for (String secret : secrets) {
            assertFalse(logged.contains(secret), () -> "a secret in the log: " + lineWith(logged, secret));
            assertFalse(printed.contains(secret), () -> "a secret on the console: " + lineWith(printed, secret));
        }
    }

    /**
     * The first message {@code matching}. A line written after the response has gone out (the server's request
     * line) may not be there yet, so this waits for it (up to 10 s) rather than racing it.
     */
    public String awaitLine(Predicate<String> matching) {
        for (int attempt = 0; attempt < 200; attempt++) {
            Optional<String> line = messages().stream().filter(matching).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no log line matched; got " + messages());
    }

    @Override
    public void close() {
        console.ifPresent(Console::restore);
        ours.setLevel(ourLevel);
        root.detachAppender(events);
        events.stop();
    }

    private static String lineWith(String text, String secret) {
        return text.lines().filter(l -> l.contains(secret)).findFirst().orElse("");
    }

    /** Keeps the events at or above {@code lowest}, formatted at once so they read the same later. */
    private static final class Collector extends UnsynchronizedAppenderBase<ILoggingEvent> {
        private final Level lowest;
        final Queue<ILoggingEvent> list = new ConcurrentLinkedQueue<>();

        Collector(Level lowest) {
            this.lowest = lowest;
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel().isGreaterOrEqual(lowest)) {
                event.prepareForDeferredProcessing();
                list.add(event);
            }
        }
    }

    /** stdout and stderr copied into one buffer while still reaching the real streams. */
    private static final class Console {
        private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
        private final PrintStream out = System.out;
        private final PrintStream err = System.err;

        Console() {
            System.setOut(new PrintStream(new Tee(out, captured), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(err, captured), true, StandardCharsets.UTF_8));
        }

        String text() {
            synchronized (captured) {
                return captured.toString(StandardCharsets.UTF_8);
            }
        }

        void restore() {
            System.setOut(out);
            System.setErr(err);
        }
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
