package org.protocolbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.javalin.Javalin;
import io.javalin.websocket.WsContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A stand-in for Slack's Socket Mode endpoint ({@code wss://wss-primary.slack.com/link/?ticket=…}) on loopback, for
 * tests. The Web API stays WireMock's: {@link #answerConnectionsOpen} makes its {@code apps.connections.open} hand out
 * a URL with a ticket of its own on every call, as Slack does. Every WebSocket that connects with a ticket becomes a
 * {@link Connection}, greeted with Slack's {@code hello}; the test chooses which connection each envelope goes down
 * (Slack sends each event down one of an app's open connections), reads the acknowledgements that come back on it,
 * and can close it as Slack does when a connection drops.
 *
 * <p>What Bolt's client (Tyrus, {@code SocketModeClientTyrusImpl} in slack-api-client 1.51) needs of it: a text
 * WebSocket that answers pings (Jetty does), envelopes {@code {"envelope_id","type","payload",
 * "accepts_response_payload","retry_attempt","retry_reason"}}, and nothing else: it does not wait for {@code hello}.
 * It acknowledges each envelope with {@code {"envelope_id":…}} on the same connection. When a connection closes, the
 * client's session monitor (every 5 s) calls {@code apps.connections.open} again and connects to the new URL.
 */
final class FakeSocketModeSlack implements AutoCloseable {

    static final String APP_ID = "A0APP";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Javalin server;
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final Map<String, Connection> bySession = new ConcurrentHashMap<>();
    private final AtomicInteger envelopes = new AtomicInteger();

    private FakeSocketModeSlack() {
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.ws("/link", ws -> {
                ws.onConnect(ctx -> {
                    String ticket = ctx.queryParam("ticket");
                    if (ticket == null || ticket.isBlank()) {
                        ctx.closeSession(4000, "no ticket: get a URL from apps.connections.open");
                        return;
                    }
                    // Bolt pings every few seconds; an idle timeout must not close a quiet connection mid-test.
                    ctx.session.setIdleTimeout(Duration.ofMinutes(5));
                    Connection connection = new Connection(ticket, ctx);
                    bySession.put(ctx.sessionId(), connection);
                    connections.add(connection);
                    ctx.send("{\"type\":\"hello\",\"num_connections\":" + openConnections().size()
                            + ",\"debug_info\":{\"host\":\"applink-fake\",\"build_number\":1,"
                            + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"" + APP_ID + "\"}}");
                });
                ws.onMessage(ctx -> {
                    Connection connection = bySession.get(ctx.sessionId());
                    if (connection != null) {
                        connection.received.add(ctx.message());
                    }
                });
                ws.onClose(ctx -> {
                    Connection connection = bySession.get(ctx.sessionId());
                    if (connection != null) {
                        connection.open = false;
                    }
                });
            });
        });
    }

    static FakeSocketModeSlack start() {
        FakeSocketModeSlack fake = new FakeSocketModeSlack();
        fake.server.start("127.0.0.1", 0);
        return fake;
    }

    /**
     * Makes WireMock's {@code apps.connections.open} answer each call with this server's address and a fresh ticket
     * (WireMock's response templating), so every call gets a distinct URL.
     */
    void answerConnectionsOpen(WireMockServer slack) {
        slack.stubFor(post(urlEqualTo("/api/apps.connections.open")).willReturn(okJson("{\"ok\":true,\"url\":\"ws://127.0.0.1:"
                + server.port() + "/link/?ticket={{randomValue type='UUID'}}&app_id=" + APP_ID + "\"}")
                .withTransformers("response-template")));
    }

    /** Every connection so far, in the order they opened, closed ones included. */
    List<Connection> connections() {
        return List.copyOf(connections);
    }

    List<Connection> openConnections() {
        return connections.stream().filter(Connection::isOpen).toList();
    }

    /** The {@code index}-th connection to open (from 0), once it has. */
    Connection awaitConnection(int index) {
        return poll(() -> connections.size() > index ? Optional.of(connections.get(index)) : Optional.empty(),
                "connection " + index + " to open (" + connections.size() + " so far)");
    }

    @Override
    public void close() {
        server.stop();
    }

    /** One WebSocket connection from the bot: one ticket, one replica. */
    final class Connection {

        private final String ticket;
        private final WsContext socket;
        private final List<String> received = new CopyOnWriteArrayList<>();
        private volatile boolean open = true;

        private Connection(String ticket, WsContext socket) {
            this.ticket = ticket;
            this.socket = socket;
        }

        String ticket() {
            return ticket;
        }

        boolean isOpen() {
            return open;
        }

        /**
         * Sends an Events API envelope carrying {@code eventCallback} (the body Slack would POST over HTTP) and returns
         * its envelope id. {@code retryAttempt} above 0 is a redelivery, with Slack's reason.
         */
        String sendEvent(String eventCallback, int retryAttempt, String retryReason) {
            String id = "env-" + envelopes.incrementAndGet() + "-" + ticket.substring(0, 8);
            socket.send("{\"envelope_id\":\"" + id + "\",\"type\":\"events_api\",\"accepts_response_payload\":false,"
                    + "\"retry_attempt\":" + retryAttempt + ",\"retry_reason\":\"" + retryReason + "\",\"payload\":"
                    + eventCallback + "}");
            return id;
        }

        String sendEvent(String eventCallback) {
            return sendEvent(eventCallback, 0, "");
        }

        /** The acknowledgement of {@code envelopeId} that came back on this connection, once it has. */
        JsonNode awaitAck(String envelopeId) {
            return poll(() -> ack(envelopeId), "the acknowledgement of " + envelopeId + " on connection " + ticket);
        }

        /** The acknowledgement of {@code envelopeId} on this connection, if any came. */
        Optional<JsonNode> ack(String envelopeId) {
            return messages().stream().filter(m -> envelopeId.equals(m.path("envelope_id").asText())).findFirst();
        }

        /** Everything the bot sent on this connection, as JSON. */
        List<JsonNode> messages() {
            List<JsonNode> parsed = new ArrayList<>();
            received.forEach(message -> parsed.add(SlackTestRig.readJson(message)));
            return parsed;
        }

        /**
         * Sends Slack's {@code disconnect} message, as Slack does every few hours before it retires a connection
         * ({@code refresh_requested}) or when it is being moved ({@code warning}); the client then connects to a new
         * URL at once, and the old connection is closed.
         */
        void sendDisconnect(String reason) {
            socket.send("{\"type\":\"disconnect\",\"reason\":\"" + reason + "\",\"debug_info\":{\"host\":\"applink-fake\"}}");
        }

        /** Waits until the connection has closed, from either side. */
        void awaitClosed() {
            poll(() -> open ? Optional.empty() : Optional.of(true), "connection " + ticket + " to close");
        }

        /** Closes the connection from Slack's side, as when Slack drops it (code 1001: going away). */
        void close() {
            socket.closeSession(1001, "fake Slack closed the connection");
            awaitClosed();
        }
    }

    /** Polls every 50 ms until {@code found} has a value, for up to {@link #WAIT}. */
    static <T> T poll(Supplier<Optional<T>> found, String waitingFor) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Optional<T> value = found.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + waitingFor);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + waitingFor, e);
            }
        }
    }
}
