package org.protocolbot.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Each chat user's budget of questions, shared by replicas through one database: however the load balancer spreads
 * a user's questions, and however the replicas race, the budget is spent once. On H2 always; on PostgreSQL when
 * PROTOCOL_TEST_POSTGRES_URL names one (CI starts one).
 */
class SharedQuestionBudgetTest {

    private static final Instant TEN_SECONDS_IN = Instant.parse("2026-12-02T10:15:10Z");

    @Test
    void twoReplicasGiveAUserOneBudgetPerMinuteAndSayHowLongToWait() throws Exception {
        JdbcDataSource h2 = freshH2();
        QuestionBudget one = new JdbcQuestionBudget(h2, at(TEN_SECONDS_IN), "slack", 3);
        QuestionBudget two = new JdbcQuestionBudget(h2, at(TEN_SECONDS_IN), "slack", 3);

        assertEquals(OptionalLong.empty(), one.spend("U1"));
        assertEquals(OptionalLong.empty(), two.spend("U1"));
        assertEquals(OptionalLong.empty(), one.spend("U1"));
        assertEquals(OptionalLong.of(50), two.spend("U1"), "spent on both together; 50 s to the next minute");
        assertEquals(OptionalLong.of(50), one.spend("U1"));
        assertEquals(OptionalLong.empty(), two.spend("U2"), "another user has a budget of their own");
        assertEquals(OptionalLong.empty(), new JdbcQuestionBudget(h2, at(TEN_SECONDS_IN), "teams", 3).spend("U1"),
                "the same id on another surface is another user");

        QuestionBudget nextMinute = new JdbcQuestionBudget(h2, at(TEN_SECONDS_IN.plusSeconds(60)), "slack", 3);
        assertEquals(OptionalLong.empty(), nextMinute.spend("U1"), "a new minute, a new budget");
    }

    @Test
    void racingReplicasOnH2LetExactlyTheBudgetThrough() throws Exception {
        JdbcDataSource h2 = freshH2();
        race(new JdbcQuestionBudget(h2, at(TEN_SECONDS_IN), "slack", 5),
                new JdbcQuestionBudget(h2, at(TEN_SECONDS_IN), "slack", 5));
    }

    @Test
    void racingReplicasOnPostgresLetExactlyTheBudgetThrough() throws Exception {
        try (TestPostgres postgres = TestPostgres.freshSchemaOrSkip()) {
            SharedRedeliveriesTest.migrate(postgres.url());
            try (SharedReplicaState first = SharedReplicaState.open(postgres.url());
                    SharedReplicaState second = SharedReplicaState.open(postgres.url())) {
                ReplicaProcess.awaitMostOfAMinuteLeft();
                race(first.guards("slack", 5).questions(), second.guards("slack", 5).questions());
            }
        }
    }

    @Test
    void theTableHoldsAHashNotTheUserId() throws Exception {
        JdbcDataSource h2 = freshH2();
        new JdbcQuestionBudget(h2, at(TEN_SECONDS_IN), "slack", 3).spend("U0NAMEDPERSON");

        try (Connection db = h2.getConnection(); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT user_key, spent FROM question_budget")) {
            assertTrue(rows.next());
            assertTrue(rows.getString(1).matches("[0-9a-f]{64}"), rows.getString(1));
            assertFalse(rows.getString(1).contains("U0NAMEDPERSON"));
            assertEquals(1, rows.getInt(2));
        }
    }

    @Test
    void aDatabaseThatCannotAnswerLetsTheQuestionThrough() {
        JdbcDataSource unmigrated = new JdbcDataSource();
        unmigrated.setURL("jdbc:h2:mem:no-tables-" + UUID.randomUUID());
        QuestionBudget budget = new JdbcQuestionBudget(unmigrated, at(TEN_SECONDS_IN), "slack", 1);

        assertEquals(OptionalLong.empty(), budget.spend("U1"));
        assertEquals(OptionalLong.empty(), budget.spend("U1"), "fails open: a budget is no reason to fall silent");
    }

    @Test
    void noBudgetIsKeptWhenTheLimitIsOff() {
        try (SharedReplicaState state = SharedReplicaState.open("jdbc:h2:mem:off-" + UUID.randomUUID())) {
            QuestionBudget off = state.guards("slack", 0).questions();
            for (int i = 0; i < 1_000; i++) {
                assertEquals(OptionalLong.empty(), off.spend("U1"));
            }
        }
    }

    /** Two replicas, eight threads each, one user, twenty questions at the same moment: five go through. */
    private static void race(QuestionBudget one, QuestionBudget two) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> spends = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                QuestionBudget replica = i % 2 == 0 ? one : two;
                Callable<Boolean> spend = () -> {
                    start.await();
                    return replica.spend("U0LOOPINGBOT").isEmpty();
                };
                spends.add(threads.submit(spend));
            }
            start.countDown();
            int answered = 0;
            for (Future<Boolean> spend : spends) {
                answered += spend.get() ? 1 : 0;
            }
            assertEquals(5, answered);
        } finally {
            threads.shutdownNow();
        }
    }

    private static JdbcDataSource freshH2() {
        String url = "jdbc:h2:mem:budgets-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        SharedRedeliveriesTest.migrate(url);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        return h2;
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
