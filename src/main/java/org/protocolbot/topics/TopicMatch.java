package org.protocolbot.topics;

import java.util.List;

/**
 * How close a question is to each topic: for each, the mean similarity of its nearest phrasings.
 *
 * @param topics the catalogue's topics, in catalogue order
 * @param scores one score per topic, in the same order
 */
public record TopicMatch(List<Topic> topics, double[] scores) {

    /** The score of the closest topic of this kind, or -1 when the catalogue has none. */
    public double best(TopicKind kind) {
        double best = -1;
        for (int t = 0; t < topics.size(); t++) {
            if (topics.get(t).kind() == kind) {
                best = Math.max(best, scores[t]);
            }
        }
        return best;
    }

    /** The closest topic of this kind; ties go to the earlier topic in the catalogue. */
    public java.util.Optional<Topic> bestTopic(TopicKind kind) {
        int at = -1;
        for (int t = 0; t < topics.size(); t++) {
            if (topics.get(t).kind() == kind && (at < 0 || scores[t] > scores[at])) {
                at = t;
            }
        }
        return at < 0 ? java.util.Optional.empty() : java.util.Optional.of(topics.get(at));
    }

    public double score(int topic) {
        return scores[topic];
    }
}
