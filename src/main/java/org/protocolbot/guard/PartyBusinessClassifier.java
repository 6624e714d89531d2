package org.protocolbot.guard;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.protocolbot.retrieval.VectorRows;

/**
 * The guard's second semantic signal: one direction in MiniLM's space that separates party-business requests from
 * everything else the bot has reviewed examples of. Nearest neighbours judge a message by the few examples it most
 * resembles, and a campaign request phrased as an outcome ("the ones on that street we need to flip before May")
 * resembles no single example closely. A linear classifier weighs every example at once, so it picks up what the
 * requests share across their categories (an ask for an electoral or political outcome) rather than their subjects,
 * which the protocol questions share with them.
 *
 * <p>It is trained in closed form, ridge regression on labels +1 and -1, so the same examples always give the same
 * weights to the bit: no random start, no iteration count. The two sides are weighted to count equally, because the
 * non-requests (genuine protocol questions and every topic phrasing) outnumber the requests about three to one.
 *
 * <p>A line extends past its examples: a string of random letters, or a question about the town hall's phone number,
 * lies far from every example and can still fall on the requests' side. So the classifier speaks only for messages
 * within its examples' reach: at least as near the requests (mean of the nearest few) as 99 in 100 requests are to
 * their own nearest others ({@link #reach}), a figure read from the examples, not tuned.
 *
 * <p>Weights, bias and reach are kept as {@code float}s, as the cache stores them, so a classifier read back from
 * {@code guard-classifier.bin} judges every message exactly as a freshly trained one.
 *
 * @param weights one weight per vector dimension; empty when there was nothing to train on
 * @param bias    the score of the zero vector
 * @param reach   the least closeness to the requests (mean of the nearest {@code neighbours}) at which it speaks
 */
public record PartyBusinessClassifier(float[] weights, float bias, float reach) {

    /**
     * The ridge penalty. Chosen by five-fold cross-validation on the guard sets with the other guard thresholds
     * fixed: 0.01 and 0.1 tied on held-out recall, 1 and 10 were worse; the larger of the two ties is the steadier.
     */
    public static final double RIDGE = 0.1;

    /** The share of requests nearer to their own nearest others than {@link #reach}. */
    static final double WITHIN_REACH = 0.99;

    public PartyBusinessClassifier {
        weights = weights.clone();
    }

    /** A classifier that never fires, for a knowledge base without guard examples. */
    public static PartyBusinessClassifier none() {
        return new PartyBusinessClassifier(new float[0], 0f, Float.POSITIVE_INFINITY);
    }

    public boolean isEmpty() {
        return weights.length == 0;
    }

    /**
     * Whether the classifier finds the message a request: its score at least {@code threshold} and the message
     * within reach ({@code closeness}, its mean similarity to the nearest requests, at least {@link #reach}).
     */
    public boolean fires(float[] vector, double closeness, double threshold) {
        return closeness >= reach && score(vector) >= threshold;
    }

    /** Positive leans towards a party-business request: about +1 for a typical request, -1 for a typical question. */
    public double score(float[] vector) {
        if (isEmpty()) {
            return Double.NEGATIVE_INFINITY;
        }
        double sum = bias;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * vector[i];
        }
        return sum;
    }

    /**
     * @param requests  vectors of party-business requests (label +1)
     * @param others    vectors of everything that is not one (label -1)
     * @param ridge     the penalty on the weights (not on the bias)
     * @param neighbours how many nearest requests make a message's closeness, as in {@link NeighbourGuard}
     */
    public static PartyBusinessClassifier train(List<float[]> requests, List<float[]> others, double ridge, int neighbours) {
        if (requests.isEmpty() || others.isEmpty()) {
            return none();
        }
        int dimension = requests.get(0).length;
        int rows = requests.size() + others.size();
        // Each side weighs as much as the other: a row of weight w enters as sqrt(w) times itself and its label.
        double requestScale = Math.sqrt((double) rows / (2.0 * requests.size()));
        double otherScale = Math.sqrt((double) rows / (2.0 * others.size()));
        DMatrixRMaj design = new DMatrixRMaj(rows, dimension + 1);
        DMatrixRMaj labels = new DMatrixRMaj(rows, 1);
        fill(design, labels, 0, requests, requestScale, 1.0);
        fill(design, labels, requests.size(), others, otherScale, -1.0);
        DMatrixRMaj gram = new DMatrixRMaj(dimension + 1, dimension + 1);
        CommonOps_DDRM.multInner(design, gram);
        for (int i = 0; i < dimension; i++) {
            gram.add(i, i, ridge);
        }
        DMatrixRMaj target = new DMatrixRMaj(dimension + 1, 1);
        CommonOps_DDRM.multTransA(design, labels, target);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.symmPosDef(dimension + 1);
        if (!solver.setA(gram)) {
            throw new IllegalStateException("the guard examples' ridge system is not positive definite");
        }
        DMatrixRMaj solution = new DMatrixRMaj(dimension + 1, 1);
        solver.solve(target, solution);
        float[] weights = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            weights[i] = (float) solution.get(i, 0);
        }
        return new PartyBusinessClassifier(weights, (float) solution.get(dimension, 0), reach(requests, neighbours));
    }

    /** The closeness of a request to its nearest other requests that 99 in 100 requests reach. */
    private static float reach(List<float[]> requests, int neighbours) {
        VectorRows among = VectorRows.of(requests);
        double[] own = new double[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            own[i] = NeighbourGuard.meanToOthers(among, requests.get(i), i, neighbours);
        }
        Arrays.sort(own);
        return (float) own[(int) Math.floor((1 - WITHIN_REACH) * (own.length - 1))];
    }

    /** Weights, bias and reach, one row: the form the cache stores. */
    public float[] packed() {
        float[] out = Arrays.copyOf(weights, weights.length + 2);
        out[weights.length] = bias;
        out[weights.length + 1] = reach;
        return isEmpty() ? new float[0] : out;
    }

    public static PartyBusinessClassifier unpacked(float[] packed) {
        int n = packed.length - 2;
        return packed.length < 3 ? none() : new PartyBusinessClassifier(Arrays.copyOf(packed, n), packed[n], packed[n + 1]);
    }

    private static void fill(DMatrixRMaj design, DMatrixRMaj labels, int firstRow, List<float[]> vectors, double scale,
                             double label) {
        for (int r = 0; r < vectors.size(); r++) {
            float[] vector = vectors.get(r);
            int row = firstRow + r;
            for (int c = 0; c < vector.length; c++) {
                design.set(row, c, scale * vector[c]);
            }
            design.set(row, vector.length, scale);
            labels.set(row, 0, scale * label);
        }
    }
}
