package org.protocolbot.retrieval;

import java.util.List;

/**
 * Unit vectors held as 8-bit integers, one scale per vector: a quarter of the memory of floats. The clauses' example
 * questions are about ten per clause, so at national scale (30,000 clauses) they would be most of the heap as floats
 * (470 MB); as bytes they are under 120 MB. Each value is {@code round(v / scale)} with {@code scale = max|v| / 127},
 * so a dot product with a float question is off by well under 0.01 (a unit vector's components are small and the
 * rounding errors mostly cancel); {@code QuantizedVectorsTest} bounds the error and the answers were measured unchanged.
 * The arithmetic is in a fixed order, so a result is the same in every run.
 */
final class QuantizedVectors {

    private static final float LEVELS = 127f;

    private final int dimension;
    private final byte[] values;
    private final float[] scales;

    private QuantizedVectors(int dimension, byte[] values, float[] scales) {
        this.dimension = dimension;
        this.values = values;
        this.scales = scales;
    }

    static QuantizedVectors of(List<float[]> vectors) {
        int dimension = Vectors.commonDimension(vectors);
        byte[] values = new byte[vectors.size() * dimension];
        float[] scales = new float[vectors.size()];
        for (int i = 0; i < vectors.size(); i++) {
            float[] vector = vectors.get(i);
            float largest = 0;
            for (float v : vector) {
                largest = Math.max(largest, Math.abs(v));
            }
            float scale = largest == 0 ? 0 : largest / LEVELS;
            scales[i] = scale;
            for (int d = 0; d < dimension; d++) {
                values[i * dimension + d] = scale == 0 ? 0 : (byte) Math.round(vector[d] / scale);
            }
        }
        return new QuantizedVectors(dimension, values, scales);
    }

    int size() {
        return scales.length;
    }

    /**
     * The dot product of {@code query} with vector {@code i}, in one fixed order. A plain loop, unlike
     * {@link Vectors#dot}'s four lanes: only the stage-two pool's questions are compared, a few hundred per answer.
     */
    double dot(float[] query, int i) {
        if (query.length != dimension) {
            throw new IllegalArgumentException("a query of " + dimension + " dimensions expected");
        }
        int offset = i * dimension;
        double sum = 0;
        for (int d = 0; d < dimension; d++) {
            sum += query[d] * values[offset + d];
        }
        return sum * scales[i];
    }
}
