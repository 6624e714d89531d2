package org.protocolbot.topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.protocolbot.corpus.Clause;

/**
 * Turns a question's topic match into a prior over clauses: the chance of each protocol topic given the question
 * (a softmax of the topic scores at {@code temperature}) times the strength of each clause's link to that topic,
 * summed over its topics. Retrieval adds it to meaning and words, so "can i bcc the cllr" reaches the copying clauses
 * through the phrasings of the correspondence topic even though no clause says "bcc".
 */
public final class TopicPrior {

    /**
     * The links of every clause in one flat run (clause {@code i}'s are {@code [linkStart[i], linkStart[i + 1])}):
     * the prior is summed over every clause for every question, and one pass over two arrays costs far less at
     * national scale than an array pair per clause.
     */
    private final int[] linkStart;
    private final int[] linkTopic;
    private final double[] linkStrength;
    private final int topicCount;
    private final boolean[] protocol;

    public TopicPrior(List<Clause> clauses, TopicCatalogue catalogue, TopicLinks links) {
        Map<String, Integer> position = new HashMap<>();
        for (int t = 0; t < catalogue.topics().size(); t++) {
            position.put(catalogue.topics().get(t).id(), t);
        }
        this.topicCount = catalogue.topics().size();
        this.protocol = new boolean[topicCount];
        for (int t = 0; t < topicCount; t++) {
            protocol[t] = catalogue.topics().get(t).kind() == TopicKind.PROTOCOL;
        }
        this.linkStart = new int[clauses.size() + 1];
        List<TopicLinks.Link> all = new java.util.ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            links.of(clauses.get(i).id()).stream().filter(l -> position.containsKey(l.topic())).forEach(all::add);
            linkStart[i + 1] = all.size();
        }
        this.linkTopic = all.stream().mapToInt(l -> position.get(l.topic())).toArray();
        this.linkStrength = all.stream().mapToDouble(TopicLinks.Link::strength).toArray();
    }

    /** One value per clause in corpus order. */
    public double[] prior(TopicMatch match, double temperature) {
        double[] probability = new double[topicCount];
        double best = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < topicCount; t++) {
            if (protocol[t]) {
                best = Math.max(best, match.score(t));
            }
        }
        double sum = 0;
        for (int t = 0; t < topicCount; t++) {
            if (protocol[t]) {
                // Shifted by the best score so exp never overflows; the shift cancels in the division.
                probability[t] = Math.exp((match.score(t) - best) / temperature);
                sum += probability[t];
            }
        }
        double[] prior = new double[linkStart.length - 1];
        if (sum == 0) {
            return prior;
        }
        for (int i = 0; i < prior.length; i++) {
            double p = 0;
            for (int k = linkStart[i]; k < linkStart[i + 1]; k++) {
                p += probability[linkTopic[k]] / sum * linkStrength[k];
            }
            prior[i] = p;
        }
        return prior;
    }
}
