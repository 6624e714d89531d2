package org.protocolbot.guard;

import java.util.List;
import org.protocolbot.retrieval.VectorRows;

/**
 * The semantic signal of the guard: how close a question is (MiniLM cosine, mean of its {@code neighbours} nearest)
 * to the bank of party-business requests, against the bank of genuine protocol questions that use the same
 * vocabulary. A pattern only catches the phrasings someone thought of; neighbours catch "what's our best shot at
 * taking the ward back" because it means what the campaigning examples mean.
 */
public final class NeighbourGuard {

    /**
     * @param partyBusiness    mean similarity of the nearest party-business requests
     * @param protocolQuestion mean similarity of the nearest genuine protocol questions
     * @param category         the category of the single nearest party-business request
     */
    public record Closeness(double partyBusiness, double protocolQuestion, String category) {
        public double margin() {
            return partyBusiness - protocolQuestion;
        }
    }

    private final VectorRows partyBusiness;
    private final VectorRows protocolQuestions;
    private final List<String> partyCategories;
    private final int neighbours;

    public NeighbourGuard(GuardExamples examples, List<float[]> vectors, int neighbours) {
        int split = examples.partyBusinessCount();
        if (vectors.size() != examples.texts().size()) {
            throw new IllegalArgumentException("one vector per guard example expected");
        }
        this.partyBusiness = VectorRows.of(vectors.subList(0, split));
        this.protocolQuestions = VectorRows.of(vectors.subList(split, vectors.size()));
        this.partyCategories = List.copyOf(examples.categories().subList(0, split));
        this.neighbours = Math.max(1, neighbours);
    }

    public boolean isEmpty() {
        return partyBusiness.size() == 0;
    }

    public Closeness closeness(float[] question) {
        Nearest party = nearest(question, partyBusiness);
        Nearest protocol = nearest(question, protocolQuestions);
        String category = party.first() < 0 ? "" : partyCategories.get(party.first());
        return new Closeness(party.mean(), protocol.mean(), category);
    }

    /** The mean similarity of the nearest few, and which example is nearest (-1 for an empty bank). */
    private record Nearest(double mean, int first) {
    }

    /**
     * One pass keeping the best {@code neighbours} in a small sorted array: the guard runs on every question, so it
     * sorts nothing. Equal similarity keeps file order, so the reported category is always the same.
     */
    private Nearest nearest(float[] question, VectorRows bank) {
        return nearest(question, bank, neighbours, -1);
    }

    /** The mean similarity of a bank's own row {@code row} to its nearest {@code neighbours} other rows. */
    static double meanToOthers(VectorRows bank, float[] row, int index, int neighbours) {
        return nearest(row, bank, neighbours, index).mean();
    }

    private static Nearest nearest(float[] question, VectorRows bank, int neighbours, int excluded) {
        int k = Math.min(neighbours, bank.size() - (excluded >= 0 ? 1 : 0));
        if (k <= 0) {
            return new Nearest(0, -1);
        }
        double[] best = new double[k];
        int[] which = new int[k];
        int kept = 0;
        for (int i = 0; i < bank.size(); i++) {
            if (i == excluded) {
                continue;
            }
            double s = bank.dot(question, i);
            if (kept == k && s <= best[k - 1]) {
                continue;
            }
            int at = kept < k ? kept++ : k - 1;
            while (at > 0 && best[at - 1] < s) {
                best[at] = best[at - 1];
                which[at] = which[at - 1];
                at--;
            }
            best[at] = s;
            which[at] = i;
        }
        double sum = 0;
        for (int i = 0; i < kept; i++) {
            sum += best[i];
        }
        return new Nearest(kept == 0 ? 0 : sum / kept, kept == 0 ? -1 : which[0]);
    }
}
