package org.protocolbot.surface;

import java.util.Objects;

/**
 * The two guards a chat surface keeps across messages, which replicas behind one load balancer must share: which
 * messages have been answered ({@link Redeliveries}) and how many questions each user has asked this minute
 * ({@link QuestionBudget}). {@link #inProcess} keeps both in memory, right for one process;
 * {@link SharedReplicaState} gives both from the database every replica uses.
 */
public record ReplicaGuards(Redeliveries redeliveries, QuestionBudget questions) {

    public ReplicaGuards {
        Objects.requireNonNull(redeliveries, "redeliveries");
        Objects.requireNonNull(questions, "questions");
    }

    /**
     * @param rememberedMessages how many recent message keys to remember
     * @param surface            e.g. {@code slack}, for the budget's name
     * @param questionsPerMinute each user's budget; 0 or less means no limit
     */
    public static ReplicaGuards inProcess(int rememberedMessages, String surface, int questionsPerMinute) {
        return new ReplicaGuards(Redeliveries.inMemory(rememberedMessages),
                PerMinuteBudget.of(surface + "-questions", questionsPerMinute));
    }
}
