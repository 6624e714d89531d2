package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.protocolbot.app.Settings;
import org.slf4j.LoggerFactory;

/**
 * Issue 16: about 260 clients sending their body one byte every few seconds used to take every thread of the
 * 250-thread pool, so every {@code /healthz} and {@code /readyz} probe timed out. Here more clients than the pool
 * has threads trickle their bodies on loopback while the probes are asked, and must be answered. The numbers of
 * connections and seconds are bounded; nothing here measures speed.
 */
class SlowClientTest {

    /** More than Jetty's 250 threads, so a thread held per slow client would starve the probes. */
    static final int SLOW_CLIENTS = 300;
    /**
     * Past the body-read deadline: the wave of cut-off clients must not take the work queue's slots either. Before
     * the deadline marker stopped cut-off requests, the API answered 503 for over ten seconds after the cut.
     */
    static final Duration TRICKLE_FOR = HostileClients.BODY_READ_LIMIT.plusSeconds(4);

    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass(Settings.empty());

    @Test
    void probesAreAnsweredWhileMoreClientsThanThreadsTrickleTheirBodies() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                slow.add(startSlowBody());
            }
            long until = System.nanoTime() + TRICKLE_FOR.toNanos();
            int probes = 0;
            while (System.nanoTime() < until) {
                for (Socket socket : slow) {
                    trickle(socket);
                }
                HttpResponse<String> alive = probe("/healthz");
                assertEquals(200, alive.statusCode(), () -> "liveness probe while slow clients trickle: " + alive.body());
                HttpResponse<String> ready = probe("/readyz");
                assertEquals(200, ready.statusCode(), () -> "readiness probe while slow clients trickle: " + ready.body());
                probes += 2;
                // The page's API is still served too: the slow bodies hold connections, not the request threads.
                var councils = SERVER.get().get("/api/councils");
                assertEquals(200, councils.statusCode(), () -> "the API while slow clients trickle or are cut off: " + councils.body());
                Thread.sleep(1_000);
            }
            assertTrue(probes >= 6, "probes asked: " + probes);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aClientThatStopsSendingItsBodyIsCutOffWithoutAStackTrace() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        try (Socket socket = startSlowBody()) {
            socket.setSoTimeout((int) (HostileClients.BODY_READ_LIMIT.toMillis() + 10_000));
            // Send nothing more: the body-read deadline ends the request.
            String answer = statusLine(socket.getInputStream());

            assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 4"), answer);
            List<ILoggingEvent> events;
            synchronized (logs.list) {
                events = List.copyOf(logs.list);
            }
            assertTrue(events.stream().noneMatch(event -> event.getThrowableProxy() != null), events.toString());
            assertTrue(events.stream().noneMatch(event -> event.getLevel() == Level.ERROR), events.toString());
        } finally {
            root.detachAppender(logs);
        }
    }

    /** The response's first line, or empty when the server simply closed the connection. */
    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }

    /** Headers promising a 2000-byte body, then the first byte of it. */
    private Socket startSlowBody() throws IOException {
        Socket socket = new Socket("127.0.0.1", SERVER.get().server.port());
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static void trickle(Socket socket) {
        try {
            socket.getOutputStream().write(' ');
            socket.getOutputStream().flush();
        } catch (IOException e) {
            // The server may already have cut this client off, which is what it should do in the end.
        }
    }

    private HttpResponse<String> probe(String path) {
        return SERVER.get().send(HttpRequest.newBuilder(SERVER.get().uri(path)).timeout(Duration.ofSeconds(5))
                .GET().build());
    }
}
