package org.protocolbot.topics;

import org.protocolbot.retrieval.VectorRows;

import java.util.List;

/**
 * Matches a question to topics by its nearest phrasings (MiniLM cosine), as NeMo Guardrails matches topical rails:
 * a topic's score is the mean of its {@code neighbours} closest phrasings, so one lucky phrasing counts for less than
 * several that agree.
 */
public final class TopicMatcher {

    private final TopicCatalogue catalogue;
    private final VectorRows phrasingVectors;
    private final int[] owners;
    private final int neighbours;

    public TopicMatcher(TopicCatalogue catalogue, List<float[]> phrasingVectors, int neighbours) {
        if (phrasingVectors.size() != catalogue.phrasingOwners().length) {
            throw new IllegalArgumentException("one vector per phrasing expected");
        }
        this.catalogue = catalogue;
        this.phrasingVectors = VectorRows.of(phrasingVectors);
        this.owners = catalogue.phrasingOwners();
        this.neighbours = Math.max(1, neighbours);
    }

    public TopicCatalogue catalogue() {
        return catalogue;
    }

    public TopicMatch match(float[] question) {
        int topicCount = catalogue.topics().size();
        // Each topic's best few similarities, kept sorted (best first) as the phrasings are scanned.
        double[][] best = new double[topicCount][neighbours];
        int[] kept = new int[topicCount];
        for (int p = 0; p < phrasingVectors.size(); p++) {
            double s = phrasingVectors.dot(question, p);
            int t = owners[p];
            double[] row = best[t];
            int at = Math.min(kept[t], neighbours - 1);
            if (kept[t] < neighbours) {
                kept[t]++;
            } else if (s <= row[at]) {
                continue;
            }
            while (at > 0 && row[at - 1] < s) {
                row[at] = row[at - 1];
                at--;
            }
            row[at] = s;
        }
        double[] scores = new double[topicCount];
        for (int t = 0; t < topicCount; t++) {
            double sum = 0;
            for (int k = 0; k < kept[t]; k++) {
                sum += best[t][k];
            }
            scores[t] = kept[t] == 0 ? -1 : sum / kept[t];
        }
        return new TopicMatch(catalogue.topics(), scores);
    }
}
