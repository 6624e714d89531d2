package org.protocolbot.surface;

/**
 * Remembers which incoming messages have been answered, so a message is answered once however often its service
 * delivers it: Slack retries an event it thinks timed out (and may send one direct message both as
 * {@code app_mention} and {@code message.im}); the Bot Framework redelivers an activity with the same id. With
 * several replicas, the guard must be shared, or the retry that reaches another replica is answered again: see
 * {@link JdbcRedeliveries}. {@link #inMemory} suits one process.
 */
public interface Redeliveries {

    /**
     * Claims {@code key} for {@code surface}: true for the first delivery, false for every later one (in any replica
     * sharing this guard). A guard that cannot decide (its database is down) answers true: a rare double answer is
     * better than silence.
     *
     * @param surface e.g. {@code slack} or {@code teams}
     * @param key     what identifies the message on that surface, e.g. {@code channel:ts} or an activity id
     */
    boolean firstDelivery(String surface, String key);

    /** In this process only, the most recent {@code capacity} keys; the oldest are forgotten first. */
    static Redeliveries inMemory(int capacity) {
        return new InMemoryRedeliveries(capacity);
    }
}
