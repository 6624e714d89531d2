package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.protocolbot.app.Settings;

/**
 * The flood defence of {@link HostileClients} reached on purpose: with the work queue cut down to one request at a
 * time and one waiting, a request whose handler blocks on a latch holds the only slot, so every further request
 * is shed with 503, {@code Retry-After} and a JSON body, while {@code /healthz}, {@code /readyz} and
 * {@code /metrics} (outside the queue) still answer 200. Releasing the latch frees the slot and the server answers
 * again. Latches, not sleeps: the slot is known to be held before anything else is sent.
 */
class LoadSheddingTest {

    /** One slot, one place in the queue, and a short wait in it, so a shed request returns quickly. */
    private static final RequestQueue TINY = new RequestQueue(1, 1, Duration.ofSeconds(1));

    @Test
    void withTheOnlySlotHeldRequestsAreShedWith503RetryAfterAndJsonWhileTheProbesAnswer() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // A route of the test's own, mounted as a chat adapter's webhook is: it holds its slot until released.
        ChatAdapterMount hold = new ChatAdapterMount("hold", "/test/hold", ctx -> {
            holding.countDown();
            ctx.result(release.await(60, TimeUnit.SECONDS) ? "released" : "never released");
        });
        try (RunningServer server = RunningServer.start(Settings.empty(), new ChatAdapters(List.of(hold), List.of()),
                TINY)) {
            CompletableFuture<HttpResponse<String>> held;
            try {
                held = server.http.sendAsync(server.request("/test/hold").POST(HttpRequest.BodyPublishers.noBody())
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(holding.await(30, TimeUnit.SECONDS), "the slow request never reached its handler");

                // Two at once: one waits its second in the queue and is shed, the other finds the queue full (or,
                // if it comes later, waits and is shed too). Either way, 503 for both.
                List<CompletableFuture<HttpResponse<String>>> shed = List.of(
                        server.http.sendAsync(server.request("/api/councils").GET().build(),
                                HttpResponse.BodyHandlers.ofString()),
                        server.http.sendAsync(server.request("/api/ask").header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"gifts\"}")).build(),
                                HttpResponse.BodyHandlers.ofString()));
                for (CompletableFuture<HttpResponse<String>> request : shed) {
                    HttpResponse<String> response = request.get(60, TimeUnit.SECONDS);
                    assertEquals(503, response.statusCode(), response.body());
                    assertEquals(JsonErrorPages.RETRY_AFTER_SECONDS, response.headers().firstValue("Retry-After")
                            .orElseThrow(), "a well-behaved client backs off");
                    assertTrue(response.headers().firstValue("Content-Type").orElseThrow()
                            .startsWith("application/json"), response.headers().toString());
                    assertEquals(JsonErrorPages.body(503), response.body());
                }

                for (String probe : List.of("/healthz", "/readyz", "/metrics")) {
                    assertEquals(200, server.get(probe).statusCode(), probe + " bypasses the queue");
                }
            } finally {
                release.countDown();
            }

            assertEquals("released", held.get(60, TimeUnit.SECONDS).body(), "the slow request itself completes");
            assertEquals(200, server.get("/api/councils").statusCode(), "once the slot is free, the server answers");
        }
    }
}
