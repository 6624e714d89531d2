package org.protocolbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;

/**
 * With the adapter's production threads: four users whose response_urls hang (more than there are answering
 * threads) do not hold up anybody else. A fifth user's /protocol answer and a sixth user's @mention arrive while the
 * four are still hanging; and once Slack answers the four, their answers are delivered too, not lost.
 */
class SlackSlowResponseUrlTest {

    private static final int SLOW_USERS = 4;

    private SlackTestRig rig;
    private HttpServer stuckSlack;
    private final CountDownLatch release = new CountDownLatch(1);
    private final Map<String, String> received = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        rig = SlackTestRig.start(TestBots.shared(), "kirklees", null);
        // A response_url endpoint that takes each reply and holds the connection until the test lets go.
        stuckSlack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stuckSlack.setExecutor(Executors.newCachedThreadPool());
        stuckSlack.createContext("/stuck/", exchange -> {
            received.put(exchange.getRequestURI().getPath(), new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        stuckSlack.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        stuckSlack.stop(0);
        rig.close();
    }

    @Test
    void hangingResponseUrlsDoNotDelayOtherUsersAndAreDeliveredWhenSlackRecovers() throws InterruptedException {
        for (int user = 1; user <= SLOW_USERS; user++) {
            rig.slashCommandRespondingTo("/protocol", "6.3", stuckUrl(user));
        }
        eventually(() -> received.size() == SLOW_USERS);

        rig.slashCommand("/protocol", "leeds 7.4", "quick");
        rig.event(SlackTestRig.eventCallback("EvQuick", "{\"type\":\"app_mention\",\"channel\":\"" + SlackTestRig.CHANNEL
                + "\",\"user\":\"U0OTHER\",\"text\":\"<@" + SlackTestRig.BOT_USER + "> leeds 7.4\","
                + "\"ts\":\"1700006000.000100\"}"), Map.of());
        eventually(() -> rig.responseUrlPosts("quick").size() == 1 && rig.postedMessages().size() == 1);

        assertEquals(1, release.getCount(), "the four were still hanging while the others were answered");
        assertEquals(SLOW_USERS, received.size(), "all four answers were already on their way, each once");
        assertTrue(rig.responseUrlPosts("quick").get(0).get("text").asText().startsWith("From the Leeds City Council protocol:"));

        release.countDown();
        for (int user = 1; user <= SLOW_USERS; user++) {
            JsonNode answer = SlackTestRig.readJson(received.get("/stuck/" + user));
            assertTrue(answer.get("text").asText().startsWith("From the Kirklees Council protocol:"), answer::toString);
        }
    }

    private String stuckUrl(int user) {
        return "http://127.0.0.1:" + stuckSlack.getAddress().getPort() + "/stuck/" + user;
    }

    /** Waits for something the adapter does in the background; a generous bound, not a timing assertion. */
    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 400 && !condition.getAsBoolean(); i++) {
            Thread.sleep(25);
        }
        if (!condition.getAsBoolean()) {
            throw new AssertionError("the adapter did not get there within 10 s");
        }
    }
}
