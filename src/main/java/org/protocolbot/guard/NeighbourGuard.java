package org.protocolbot.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    private final List<float[]> partyBusiness;
    private final List<float[]> protocolQuestions;
    private final List<String> partyCategories;
    private final int neighbours;

    public NeighbourGuard(GuardExamples examples, List<float[]> vectors, int neighbours) {
        int split = examples.partyBusinessCount();
        if (vectors.size() != examples.texts().size()) {
            throw new IllegalArgumentException("one vector per guard example expected");
        }
        this.partyBusiness = List.copyOf(vectors.subList(0, split));
        this.protocolQuestions = List.copyOf(vectors.subList(split, vectors.size()));
        this.partyCategories = List.copyOf(examples.categories().subList(0, split));
        this.neighbours = Math.max(1, neighbours);
    }

    public boolean isEmpty() {
        return partyBusiness.isEmpty();
    }

    public Closeness closeness(float[] question) {
        List<double[]> party = scored(question, partyBusiness);
        List<double[]> protocol = scored(question, protocolQuestions);
        String category = party.isEmpty() ? "" : partyCategories.get((int) party.get(0)[1]);
        return new Closeness(meanOfBest(party), meanOfBest(protocol), category);
    }

    private static List<double[]> scored(float[] question, List<float[]> bank) {
        List<double[]> out = new ArrayList<>(bank.size());
        for (int i = 0; i < bank.size(); i++) {
            out.add(new double[] {dot(question, bank.get(i)), i});
        }
        // Best first; equal similarity keeps file order, so the reported category never depends on sort stability.
        out.sort(Comparator.comparingDouble((double[] s) -> -s[0]).thenComparingDouble(s -> s[1]));
        return out;
    }

    private double meanOfBest(List<double[]> scored) {
        if (scored.isEmpty()) {
            return 0;
        }
        int n = Math.min(neighbours, scored.size());
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += scored.get(i)[0];
        }
        return sum / n;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
