package org.protocolbot.surface;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * What replicas behind one load balancer share through the database they all use ({@code PROTOCOL_DATABASE_URL}):
 * the answered-once guard ({@link JdbcRedeliveries}) and each chat user's budget of questions
 * ({@link JdbcQuestionBudget}), over one small connection pool of its own. The feedback store migrates the schema
 * when it opens the same database, which the server does first.
 */
public final class SharedReplicaState implements AutoCloseable {

    private final HikariDataSource pool;
    private final Redeliveries redeliveries;

    private SharedReplicaState(HikariDataSource pool) {
        this.pool = pool;
        this.redeliveries = new JdbcRedeliveries(pool, Clock.systemUTC());
    }

    /** @param jdbcUrl may carry credentials; it is never logged */
    public static SharedReplicaState open(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setPoolName("replica-state");
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        // Start even when the database is briefly away: each check then fails open (answers) and logs why.
        config.setInitializationFailTimeout(-1);
        return new SharedReplicaState(new HikariDataSource(config));
    }

    public Redeliveries redeliveries() {
        return redeliveries;
    }

    /**
     * The guards for one surface.
     *
     * @param surface            e.g. {@code slack}
     * @param questionsPerMinute each user's budget, counted across replicas; 0 or less means no limit
     */
    public ReplicaGuards guards(String surface, int questionsPerMinute) {
        QuestionBudget questions = questionsPerMinute <= 0 ? QuestionBudget.unlimited()
                : new JdbcQuestionBudget(pool, Clock.systemUTC(), surface, questionsPerMinute);
        return new ReplicaGuards(redeliveries, questions);
    }

    @Override
    public void close() {
        pool.close();
    }
}
