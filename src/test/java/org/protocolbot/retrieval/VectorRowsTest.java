package org.protocolbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VectorRowsTest {

    @Test
    void eachRowScoresExactlyWhatItsOwnVectorScores() {
        Random random = new Random(5);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            vectors.add(QuantizedVectorsTest.unit(random));
        }
        VectorRows rows = VectorRows.of(vectors);
        float[] question = QuantizedVectorsTest.unit(random);
        assertEquals(50, rows.size());
        assertEquals(vectors.get(0).length, rows.dimension());
        for (int i = 0; i < vectors.size(); i++) {
            // Bit for bit: the answers must not change because of where the vectors are kept.
            assertEquals(Vectors.dot(question, vectors.get(i)), rows.dot(question, i), 0.0);
        }
    }

    @Test
    void vectorsOfMixedSizesAQuestionOfTheWrongSizeAndARowOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> VectorRows.of(List.of(new float[4], new float[5])));
        VectorRows rows = VectorRows.of(List.of(new float[] {1, 0, 0, 0}, new float[] {0, 1, 0, 0}));
        assertEquals(1.0, rows.dot(new float[] {0, 1, 0, 0}, 1), 0.0);
        assertThrows(IllegalArgumentException.class, () -> rows.dot(new float[8], 0));
        assertThrows(IndexOutOfBoundsException.class, () -> rows.dot(new float[4], 2));
        assertEquals(0, VectorRows.of(List.of()).size());
    }
}
