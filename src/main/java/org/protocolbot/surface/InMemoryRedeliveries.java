package org.protocolbot.surface;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@link Redeliveries} in one process's memory: bounded, oldest forgotten first. */
final class InMemoryRedeliveries implements Redeliveries {

    private final Map<String, Boolean> seen;

    InMemoryRedeliveries(int capacity) {
        this.seen = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized boolean firstDelivery(String surface, String key) {
        return seen.put(surface + "\u0000" + key, Boolean.TRUE) == null;
    }
}
