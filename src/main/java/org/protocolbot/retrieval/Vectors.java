package org.protocolbot.retrieval;

import java.util.List;

/**
 * Small vector arithmetic over unit vectors, summed in double precision in dimension order, so every similarity the
 * bot computes (clauses, sentences, topic phrasings, guard examples) is the same number in every run.
 */
public final class Vectors {

    private Vectors() {
    }

    public static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
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
