package org.protocolbot.retrieval;

import java.util.List;

/**
 * Unit vectors stored one after another in a single array, for the passes that compare a question with every one of
 * them (clauses, topic phrasings, guard examples). Right after the question is embedded the model has pushed these
 * vectors out of the processor's caches, so each pass reads them from memory: one contiguous array streams at about
 * twice the speed of as many separate arrays (measured on the topic phrasings: 0.4 ms against 0.9 ms per question).
 * A row's similarity is exactly {@link Vectors#dot(float[], float[], int)}, so scores are the same number as before.
 */
public final class VectorRows {

    private static final VectorRows EMPTY = new VectorRows(new float[0], 0, 0);

    private final float[] values;
    private final int dimension;
    private final int size;

    private VectorRows(float[] values, int dimension, int size) {
        this.values = values;
        this.dimension = dimension;
        this.size = size;
    }

    public static VectorRows of(List<float[]> vectors) {
        if (vectors.isEmpty()) {
            return EMPTY;
        }
        int dimension = Vectors.commonDimension(vectors);
        float[] values = new float[vectors.size() * dimension];
        for (int i = 0; i < vectors.size(); i++) {
            System.arraycopy(vectors.get(i), 0, values, i * dimension, dimension);
        }
        return new VectorRows(values, dimension, vectors.size());
    }

    public int size() {
        return size;
    }

    public int dimension() {
        return dimension;
    }

    /** The question's similarity with row {@code row}. */
    public double dot(float[] question, int row) {
        if (row < 0 || row >= size) {
            throw new IndexOutOfBoundsException("row " + row + " of " + size);
        }
        if (question.length != dimension) {
            throw new IllegalArgumentException("a question of " + dimension + " dimensions expected");
        }
        return Vectors.dot(question, values, row * dimension);
    }
}
