package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestStores;
import org.protocolbot.app.Settings;
import org.protocolbot.feedback.FeedbackStore;

/** Issue 16: the server said ready on a database it could not write, and then every click was a 500. */
class ReadinessTest {

    @Test
    void theStoreSaysWhetherItTakesWrites() {
        FeedbackStore store = TestStores.temporary();
        assertTrue(store.canWrite());
        store.close();
        assertFalse(store.canWrite(), "a closed pool takes no writes");
    }

    @Test
    void readinessFailsOnceTheFeedbackDatabaseStopsTakingWritesAndHeadSaysTheSame() throws InterruptedException {
        try (RunningServer server = RunningServer.start(Settings.empty())) {
            assertEquals(200, server.get("/readyz").statusCode());

            server.feedback.close(); // the database is gone from under the server
            Thread.sleep(CachedCheck.FRESH_FOR.toMillis() + 500);

            assertEquals("The feedback database does not take writes.",
                    ApiErrorsTest.error(server.get("/readyz"), 503));
            HttpRequest head = server.request("/readyz").method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
            assertEquals(503, server.send(head).statusCode(), "HEAD /readyz agrees with GET");
            assertEquals(200, server.get("/healthz").statusCode(), "still alive: restarting would not help");
        }
    }
}
