package org.protocolbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantizedVectorsTest {

    private static final int DIMENSION = 384;

    @Test
    void dotProductsWithUnitVectorsStayWithinAHundredthOfTheFloatOnes() {
        Random random = new Random(7);
        List<float[]> stored = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            stored.add(unit(random));
        }
        QuantizedVectors quantized = QuantizedVectors.of(stored);
        double worst = 0;
        for (int trial = 0; trial < 20; trial++) {
            float[] query = unit(random);
            for (int i = 0; i < stored.size(); i++) {
                worst = Math.max(worst, Math.abs(quantized.dot(query, i) - Vectors.dot(query, stored.get(i))));
            }
        }
        assertTrue(worst < 0.01, "largest error " + worst);
        assertEquals(500, quantized.size());
    }

    @Test
    void aVectorWithItselfIsCloseToOneAndOrderBetweenClearlyDifferentVectorsIsKept() {
        Random random = new Random(11);
        float[] a = unit(random);
        float[] b = unit(random);
        QuantizedVectors quantized = QuantizedVectors.of(List.of(a, b));
        assertEquals(1.0, quantized.dot(a, 0), 0.01);
        assertTrue(quantized.dot(a, 0) > quantized.dot(a, 1));
        assertTrue(quantized.dot(b, 1) > quantized.dot(b, 0));
    }

    @Test
    void aZeroVectorScoresZeroAndAQueryOfTheWrongSizeIsRefused() {
        QuantizedVectors quantized = QuantizedVectors.of(List.of(new float[DIMENSION]));
        assertEquals(0.0, quantized.dot(unit(new Random(3)), 0));
        assertThrows(IllegalArgumentException.class, () -> quantized.dot(new float[5], 0));
        assertThrows(IllegalArgumentException.class, () -> QuantizedVectors.of(List.of(new float[4], new float[5])));
    }

    static float[] unit(Random random) {
        float[] v = new float[DIMENSION];
        double norm = 0;
        for (int d = 0; d < DIMENSION; d++) {
            v[d] = (float) random.nextGaussian();
            norm += v[d] * v[d];
        }
        for (int d = 0; d < DIMENSION; d++) {
            v[d] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
