package org.protocolbot.surface;

import java.util.OptionalLong;

/**
 * Each user's budget of questions per minute on a chat surface, so a script or a loop between two bots cannot take a
 * replica's CPU while a person typing never meets it. {@link PerMinuteBudget} keeps it in this process's memory (the
 * default); {@link JdbcQuestionBudget} in the database every replica shares, so a user spread over replicas still
 * gets one budget.
 */
public interface QuestionBudget {

    /**
     * Spends one question of {@code key}'s budget.
     *
     * @param key who asks, as the surface names them (a Slack or Teams user id)
     * @return empty when there was one to spend (answer); otherwise the whole seconds, at least 1, until there is
     */
    OptionalLong spend(String key);

    /** A budget that is never spent: for a surface whose callers are limited elsewhere, or a load test. */
    static QuestionBudget unlimited() {
        return PerMinuteBudget.unlimited();
    }
}
