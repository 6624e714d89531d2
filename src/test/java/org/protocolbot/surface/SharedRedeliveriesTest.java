package org.protocolbot.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The redelivery guard replicas share through one database: however many replicas race to claim the same Slack
 * message or Teams activity, exactly one answers it. On H2 always; on PostgreSQL when PROTOCOL_TEST_POSTGRES_URL
 * names one (CI starts one), in a schema of its own.
 */
class SharedRedeliveriesTest {

    @Test
    void inMemoryAnswersEachKeyOncePerSurfaceAndForgetsTheOldest() {
        Redeliveries memory = Redeliveries.inMemory(2);
        assertTrue(memory.firstDelivery("slack", "C1:1.0"));
        assertFalse(memory.firstDelivery("slack", "C1:1.0"));
        assertTrue(memory.firstDelivery("teams", "C1:1.0"), "surfaces do not share keys");
        assertTrue(memory.firstDelivery("teams", "C2:2.0"));
        assertTrue(memory.firstDelivery("slack", "C1:1.0"), "forgotten once two newer keys came");
    }

    @Test
    void twoReplicasOnOneH2DatabaseAnswerEachMessageOnce() throws Exception {
        String url = "jdbc:h2:mem:claims-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        migrate(url);
        raceOn(url);
    }

    @Test
    void twoReplicasOnOnePostgresAnswerEachMessageOnce() throws Exception {
        try (TestPostgres postgres = TestPostgres.freshSchemaOrSkip()) {
            migrate(postgres.url());
            raceOn(postgres.url());
        }
    }

    /** Two pools (two replicas), eight threads each, all claiming the same keys at the same moment. */
    private static void raceOn(String url) throws Exception {
        try (SharedReplicaState first = SharedReplicaState.open(url); SharedReplicaState second = SharedReplicaState.open(url)) {
            Redeliveries one = first.redeliveries();
            Redeliveries two = second.redeliveries();
            ExecutorService threads = Executors.newFixedThreadPool(16);
            try {
                for (String key : List.of("C0CHANNEL:1700000100.000100", "a:1personal:1700000000001")) {
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<Boolean>> claims = new ArrayList<>();
                    for (int i = 0; i < 16; i++) {
                        Redeliveries replica = i % 2 == 0 ? one : two;
                        Callable<Boolean> claim = () -> {
                            start.await();
                            return replica.firstDelivery("slack", key);
                        };
                        claims.add(threads.submit(claim));
                    }
                    start.countDown();
                    int winners = 0;
                    for (Future<Boolean> claim : claims) {
                        winners += claim.get() ? 1 : 0;
                    }
                    assertEquals(1, winners, "exactly one replica answers " + key);
                }
                assertTrue(two.firstDelivery("teams", "C0CHANNEL:1700000100.000100"), "each surface has its own keys");
                assertFalse(one.firstDelivery("teams", "C0CHANNEL:1700000100.000100"));
            } finally {
                threads.shutdownNow();
            }
        }
    }

    static void migrate(String url) {
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load().migrate();
    }
}
