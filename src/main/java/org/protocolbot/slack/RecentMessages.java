package org.protocolbot.slack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Slack messages answered lately, so a message is answered once however often Slack delivers it: retries
 * (X-Slack-Retry-Num, or retry_attempt in Socket Mode) and the same direct message arriving as both an
 * {@code app_mention} and a {@code message.im} event. Bounded, oldest forgotten first.
 */
final class RecentMessages {

    private final Map<String, Boolean> seen;

    RecentMessages(int capacity) {
        this.seen = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time a message is offered; false for every later delivery of it. */
    synchronized boolean firstDelivery(String channel, String ts) {
        return seen.put(channel + ":" + ts, Boolean.TRUE) == null;
    }
}
