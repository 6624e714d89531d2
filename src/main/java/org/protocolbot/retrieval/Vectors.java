package org.protocolbot.retrieval;

import java.util.List;

/**
 * Small vector arithmetic over unit vectors. Every similarity the bot computes (clauses, sentences, topic phrasings,
 * guard examples) is {@link #dot(float[], float[], int)}, a fixed order of additions, so it is the same number in
 * every run.
 */
public final class Vectors {

    private Vectors() {
    }

    public static double dot(float[] a, float[] b) {
        return dot(a, b, 0);
    }

    /**
     * The dot product of {@code a} with the {@code a.length} values of {@code b} from {@code offset} (one row of a
     * flat matrix). Float products are summed in four double-precision lanes, dimension {@code d} into lane
     * {@code d % 4}, and the lanes added pairwise at the end: four independent chains of additions let the
     * processor overlap them (a single chain waits on each addition), which halves the time of the retriever's pass
     * over every clause. The order is fixed, so the result is too.
     */
    public static double dot(float[] a, float[] b, int offset) {
        int n = a.length;
        // One range check up front lets the compiler drop the per-element checks from the loop.
        java.util.Objects.checkFromIndexSize(offset, n, b.length);
        int blocks = n & ~3;
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int d = 0; d < blocks; d += 4) {
            int j = offset + d;
            s0 += a[d] * b[j];
            s1 += a[d + 1] * b[j + 1];
            s2 += a[d + 2] * b[j + 2];
            s3 += a[d + 3] * b[j + 3];
        }
        for (int d = blocks; d < n; d++) {
            s0 += a[d] * b[offset + d];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** The one length all the vectors share (0 for none); vectors of mixed lengths are a broken cache. */
    static int commonDimension(List<float[]> vectors) {
        int dimension = vectors.isEmpty() ? 0 : vectors.get(0).length;
        for (float[] vector : vectors) {
            if (vector.length != dimension) {
                throw new IllegalArgumentException("every vector must have " + dimension + " dimensions");
            }
        }
        return dimension;
    }

    /** The unit-length mean of some vectors: a topic's centre. */
    public static float[] centroid(List<float[]> vectors, int dimension) {
        double[] sum = new double[dimension];
        for (float[] v : vectors) {
            for (int d = 0; d < dimension; d++) {
                sum[d] += v[d];
            }
        }
        double norm = 0;
        for (double s : sum) {
            norm += s * s;
        }
        float[] out = new float[dimension];
        double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
        for (int d = 0; d < dimension; d++) {
            out[d] = (float) (sum[d] * scale);
        }
        return out;
    }
}
