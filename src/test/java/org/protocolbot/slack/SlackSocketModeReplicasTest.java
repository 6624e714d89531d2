package org.protocolbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocolbot.CapturedLogs;
import org.protocolbot.TestBots;
import org.protocolbot.TestStores;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.app.Settings;
import org.protocolbot.chat.Surface;
import org.protocolbot.server.BotServer;
import org.protocolbot.surface.TestPostgres;

/**
 * Several replicas on Socket Mode, as a deployment with more than one pod runs them: two whole servers in this JVM
 * ({@link BotServer}, each with its own Bolt app and Socket Mode client, as a process of its own would have), with
 * the same {@code SLACK_APP_TOKEN}, against {@link FakeSocketModeSlack} (the WebSocket) and WireMock (the Web API).
 * Slack sends each event down one of an app's open connections; the tests play Slack by choosing the connection,
 * and check that the replica on it, and only it, acknowledges and answers.
 *
 * <p>Each replica has a bot token of its own only so that WireMock can tell whose {@code chat.postMessage} is whose;
 * in production they share one. A retry that reaches the other replica is answered once only when the replicas share
 * PostgreSQL (PROTOCOL_TEST_POSTGRES_URL, which CI starts; that test is skipped without it).
 */
class SlackSocketModeReplicasTest {

    private static final String APP_TOKEN = "xapp-1-test-app-token";

    private final List<Replica> replicas = new ArrayList<>();
    private FakeSocketModeSlack socketMode;
    private WireMockServer slack;

    @BeforeEach
    void startSlack() {
        socketMode = FakeSocketModeSlack.start();
        slack = new WireMockServer(options().dynamicPort());
        slack.start();
        SlackTestRig.stubSlack(slack);
        socketMode.answerConnectionsOpen(slack);
    }

    @AfterEach
    void stopAll() {
        replicas.forEach(replica -> replica.server.stop());
        slack.stop();
        socketMode.close();
    }

    @Test
    void eachReplicaOpensItsOwnConnectionAndAnswersOnlyTheEventsSentDownIt() {
        Replica a = startReplica("a", Map.of());
        Replica b = startReplica("b", Map.of());

        assertEquals(2, socketMode.openConnections().size());
        assertNotEquals(a.connection.ticket(), b.connection.ticket(), "each replica connected to a URL of its own");
        // Bolt asks at least once per replica (twice at start-up: its client's constructor, then its first connect).
        List<LoggedRequest> opens = slack.findAll(postRequestedFor(urlEqualTo("/api/apps.connections.open")));
        assertTrue(opens.size() >= 2, "apps.connections.open was called " + opens.size() + " times");
        opens.forEach(open -> assertEquals("Bearer " + APP_TOKEN, open.getHeader("Authorization"),
                "both replicas use the one app token"));

        String onA = a.connection.sendEvent(mention("Ev0A", "C0ALPHA", "1700010000.000100", "6.3"));
        assertEquals(SlackTestRig.readJson("{\"envelope_id\":\"" + onA + "\"}"), a.connection.awaitAck(onA));
        Map<String, String> answerA = onlyPost(awaitPosts(1), "C0ALPHA");
        assertReplyCites(answerA, "1700010000.000100", "6.3", "kirklees");
        assertEquals(a.botToken, answerA.get("token"), "answered by replica A");

        String onB = b.connection.sendEvent(mention("Ev0B", "C0BRAVO", "1700010001.000100", "leeds 7.4"));
        assertEquals(SlackTestRig.readJson("{\"envelope_id\":\"" + onB + "\"}"), b.connection.awaitAck(onB));
        Map<String, String> answerB = onlyPost(awaitPosts(2), "C0BRAVO");
        assertReplyCites(answerB, "1700010001.000100", "7.4", "leeds");
        assertEquals(b.botToken, answerB.get("token"), "answered by replica B");

        assertFalse(b.connection.ack(onA).isPresent(), "B never saw A's event");
        assertFalse(a.connection.ack(onB).isPresent(), "A never saw B's event");
        assertEquals(1, a.connection.messages().size(), "A sent back one acknowledgement: " + a.connection.messages());
        assertEquals(1, b.connection.messages().size(), "B sent back one acknowledgement: " + b.connection.messages());
        assertEquals(2, posts().size(), "each event answered exactly once: " + posts());
    }

    @Test
    void aRetryOnTheOtherConnectionIsAnsweredOnceWhenTheReplicasSharePostgres() throws Exception {
        try (TestPostgres postgres = TestPostgres.freshSchemaOrSkip()) {
            try (CapturedLogs log = CapturedLogs.start()) {
                Replica a = startReplica("a", Map.of("PROTOCOL_DATABASE_URL", postgres.url()));
                Replica b = startReplica("b", Map.of("PROTOCOL_DATABASE_URL", postgres.url()));
                String event = mention("Ev0RETRY", "C0ALPHA", "1700010002.000100", "6.3");

                String first = a.connection.sendEvent(event);
                a.connection.awaitAck(first);
                assertEquals(a.botToken, onlyPost(awaitPosts(1), "C0ALPHA").get("token"));
                // As when A's acknowledgement did not reach Slack in time: the same event (same event_id) again, as a
                // retry, down the other replica's connection.
                String retry = b.connection.sendEvent(event, 1, "timeout");

                assertEquals(SlackTestRig.readJson("{\"envelope_id\":\"" + retry + "\"}"), b.connection.awaitAck(retry));
                // B decides before it acknowledges: by the time the ack is here, it has skipped the message or started
                // answering it.
                assertTrue(log.lines().stream().anyMatch(line -> line.startsWith(
                        "Skipped a repeat delivery of an already answered Slack message (retry 1, reason timeout)")),
                        String.join("\n", log.lines()));
                assertEquals(1, posts().size(), "one reply between the two replicas: " + posts());
                assertEquals(1, a.connection.messages().size(), "the retry went to B only: " + a.connection.messages());
            } finally {
                replicas.forEach(replica -> replica.server.stop());
                replicas.clear();
            }
        }
    }

    @Test
    void aReplicaWhoseConnectionSlackClosesReconnectsAndKeepsAnswering() {
        Replica a = startReplica("a", Map.of());
        Replica b = startReplica("b", Map.of());
        int opensBefore = slack.findAll(postRequestedFor(urlEqualTo("/api/apps.connections.open"))).size();

        a.connection.close();
        // Bolt's session monitor notices within about 5 s, asks apps.connections.open for a new URL and connects.
        FakeSocketModeSlack.Connection again = socketMode.awaitConnection(2);

        assertTrue(slack.findAll(postRequestedFor(urlEqualTo("/api/apps.connections.open"))
                .withHeader("Authorization", equalTo("Bearer " + APP_TOKEN))).size() > opensBefore,
                "the replica asked Slack for a new URL");
        assertNotEquals(a.connection.ticket(), again.ticket());
        assertTrue(b.connection.isOpen(), "B's connection was not touched");
        assertEquals(List.of(b.connection, again), socketMode.openConnections());

        String envelope = again.sendEvent(mention("Ev0AGAIN", "C0ALPHA", "1700010003.000100", "6.3"));
        assertEquals(SlackTestRig.readJson("{\"envelope_id\":\"" + envelope + "\"}"), again.awaitAck(envelope));
        Map<String, String> answer = onlyPost(awaitPosts(1), "C0ALPHA");
        assertReplyCites(answer, "1700010003.000100", "6.3", "kirklees");
        assertEquals(a.botToken, answer.get("token"), "the reconnected replica is A, and it still answers");
    }

    @Test
    void aReplicaThatSlackAsksToRefreshMovesToANewConnectionAndKeepsAnswering() {
        Replica a = startReplica("a", Map.of());
        Replica b = startReplica("b", Map.of());

        a.connection.sendDisconnect("refresh_requested");
        FakeSocketModeSlack.Connection again = socketMode.awaitConnection(2);
        a.connection.awaitClosed();

        assertEquals(List.of(b.connection, again), socketMode.openConnections());
        String envelope = again.sendEvent(mention("Ev0REFRESH", "C0ALPHA", "1700010004.000100", "6.3"));
        assertEquals(SlackTestRig.readJson("{\"envelope_id\":\"" + envelope + "\"}"), again.awaitAck(envelope));
        assertEquals(a.botToken, onlyPost(awaitPosts(1), "C0ALPHA").get("token"), "answered by A on its new connection");
    }

    @Test
    void aStoppedReplicaLeavesNoSocketModeThreadsRunning() {
        long before = socketModeThreads();
        Replica a = startReplica("a", Map.of());
        assertTrue(socketModeThreads() > before, "Bolt's client runs its message processor and session monitor");

        a.server.stop();

        // Bolt's SocketModeApp.close leaves them polling every 10 ms; the adapter closes the client as well.
        FakeSocketModeSlack.poll(() -> socketModeThreads() <= before ? Optional.of(true) : Optional.empty(),
                "the replica's socket-mode threads to end (" + socketModeThreads() + " running, " + before + " before)");
        assertFalse(a.connection.isOpen(), "the replica closed its connection");
    }

    /** Threads of Bolt's Socket Mode clients ({@code socket-mode-message-processor-…}, {@code socket-mode-session-monitor-…}). */
    private static long socketModeThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && thread.getName().startsWith("socket-mode-")).count();
    }

    /** One replica: a server of its own, which opens one Socket Mode connection at start-up. */
    private record Replica(BotServer server, String botToken, FakeSocketModeSlack.Connection connection) {
    }

    /** Starts a replica and waits for its connection: replicas start one after another, so the next one is its. */
    private Replica startReplica(String name, Map<String, String> extra) {
        String botToken = SlackTestRig.BOT_TOKEN + "-replica-" + name;
        Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", botToken, "SLACK_APP_TOKEN", APP_TOKEN,
                "SLACK_API_URL", slack.baseUrl() + "/api/", "PROTOCOL_DEFAULT_COUNCIL", "kirklees",
                "PROTOCOL_DATA_DIR", TestStores.newDataDir().toString()));
        env.putAll(extra);
        int before = socketMode.connections().size();
        BotServer server = BotServer.start(TestBots.shared(), Settings.fromEnv(env), 0);
        FakeSocketModeSlack.Connection connection;
        try {
            connection = socketMode.awaitConnection(before);
        } catch (AssertionError | RuntimeException e) {
            server.stop();
            throw e;
        }
        Replica replica = new Replica(server, botToken, connection);
        replicas.add(replica);
        return replica;
    }

    /** An @mention of the bot, as the Events API callback Slack wraps in an envelope. */
    private static String mention(String eventId, String channel, String ts, String question) {
        return SlackTestRig.eventCallback(eventId, "{\"type\":\"app_mention\",\"channel\":\"" + channel + "\",\"user\":\""
                + SlackTestRig.USER + "\",\"text\":\"<@" + SlackTestRig.BOT_USER + "> " + question + "\",\"ts\":\"" + ts
                + "\",\"event_ts\":\"" + ts + "\"}");
    }

    /** The threaded reply carries the clause, quoted word for word, and its citation. */
    private static void assertReplyCites(Map<String, String> post, String threadTs, String clause, String council) {
        assertEquals(threadTs, post.get("thread_ts"));
        Answer expected = TestBots.shared().chat().respond(council + " " + clause, Optional.empty(), Surface.SLACK);
        QuotedClause quote = expected.quotes().get(0);
        assertEquals(clause, quote.citation().clause());
        assertTrue(post.get("text").contains(quote.citation().label()), post.get("text"));
        assertTrue(post.get("text").contains(Mrkdwn.escape(quote.text())), post.get("text"));
        assertTrue(post.get("blocks").contains(quote.citation().label()), post.get("blocks"));
    }

    /** chat.postMessage calls so far, each as its form fields plus the bot token it was sent with. */
    private List<Map<String, String>> posts() {
        return slack.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))).stream().map(request -> {
            Map<String, String> fields = new HashMap<>(SlackTestRig.formFields(request));
            fields.put("token", request.getHeader("Authorization").replaceFirst("^Bearer ", ""));
            return fields;
        }).toList();
    }

    /** Waits (generously) until {@code count} replies have reached Slack, and returns them. */
    private List<Map<String, String>> awaitPosts(int count) {
        return FakeSocketModeSlack.poll(() -> posts().size() >= count ? Optional.of(posts()) : Optional.empty(),
                count + " chat.postMessage calls (" + posts().size() + " so far)");
    }

    /** The one reply in {@code channel}. */
    private static Map<String, String> onlyPost(List<Map<String, String>> posts, String channel) {
        List<Map<String, String>> in = posts.stream().filter(post -> channel.equals(post.get("channel"))).toList();
        assertEquals(1, in.size(), "replies in " + channel + ": " + posts);
        return in.get(0);
    }
}
