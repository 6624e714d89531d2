package org.protocolbot.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The questions an evaluation got wrong, grouped by council and then by topic, so whoever improves the method sees
 * where it fails (a council's layout, a topic without phrasings) rather than a single number. An answerable question
 * is grouped under the council and topic of the first clause it expects; the others under what they expected.
 */
public final class EvalMisses {

    private EvalMisses() {
    }

    /**
     * @param topicOf the topic a clause id is linked to most strongly, or empty when it has none
     */
    public static String render(List<EvalMetrics.Outcome> outcomes, Function<String, String> topicOf) {
        Map<String, Map<String, List<String>>> grouped = new TreeMap<>();
        int misses = 0;
        for (EvalMetrics.Outcome o : outcomes) {
            String line = miss(o);
            if (line == null) {
                continue;
            }
            misses++;
            EvalQuestion q = o.question();
            String council = !q.clauses().isEmpty() ? q.clauses().get(0).split(":", 2)[0]
                    : q.council() == null ? "(any council)" : q.council();
            String topic = switch (q.expect()) {
                case "refuse" -> "(party business)";
                case "no_match" -> "(not covered)";
                default -> q.clauses().isEmpty() ? "(no clause)" : orNone(topicOf.apply(q.clauses().get(0)));
            };
            grouped.computeIfAbsent(council, c -> new TreeMap<>()).computeIfAbsent(topic, t -> new ArrayList<>()).add(line);
        }
        StringBuilder out = new StringBuilder("misses: " + misses + " of " + outcomes.size() + "\n");
        grouped.forEach((council, topics) -> {
            out.append(council).append('\n');
            topics.forEach((topic, lines) -> {
                out.append("  ").append(topic).append(" (").append(lines.size()).append(")\n");
                lines.forEach(l -> out.append("    ").append(l).append('\n'));
            });
        });
        return out.toString().stripTrailing();
    }

    /** What went wrong with one question, or null when nothing did. */
    private static String miss(EvalMetrics.Outcome o) {
        EvalQuestion q = o.question();
        List<String> got = o.citations();
        String head = q.id() + ": expected " + q.expect() + (q.clauses().isEmpty() ? "" : " " + q.clauses());
        return switch (q.expect()) {
            case "answer" -> !"answer".equals(o.outcome()) ? head + ", got " + o.outcome()
                    : got.isEmpty() || !q.clauses().contains(got.get(0))
                    ? head + ", got " + got + (got.stream().limit(3).anyMatch(q.clauses()::contains) ? " (hit@3)" : "")
                    : null;
            default -> q.expect().equals(o.outcome()) ? null : head + ", got " + o.outcome() + (got.isEmpty() ? "" : " " + got);
        };
    }

    private static String orNone(String topic) {
        return topic == null || topic.isEmpty() ? "(no topic)" : topic;
    }
}
