package org.protocolbot.feedback.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Counts keys and lists them in the report's one order: count descending, then key ascending. The key order is
 * total, so equal data always lists the same way whatever order it was read in.
 */
final class Tally<K> {

    private final Comparator<K> keyOrder;
    private final Map<K, Integer> counts = new HashMap<>();

    Tally(Comparator<K> keyOrder) {
        this.keyOrder = keyOrder;
    }

    static Tally<String> ofText() {
        return new Tally<String>(Comparator.naturalOrder());
    }

    void add(K key) {
        counts.merge(key, 1, Integer::sum);
    }

    <T> List<T> sorted(BiFunction<K, Integer, T> row) {
        Comparator<Map.Entry<K, Integer>> byCount = Map.Entry.<K, Integer>comparingByValue().reversed();
        return counts.entrySet().stream()
                .sorted(byCount.thenComparing(Map.Entry.comparingByKey(keyOrder)))
                .map(e -> row.apply(e.getKey(), e.getValue()))
                .toList();
    }
}
