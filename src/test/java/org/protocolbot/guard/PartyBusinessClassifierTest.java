package org.protocolbot.guard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The classifier's arithmetic on small synthetic vectors: which side a vector falls, and that training is exact. */
class PartyBusinessClassifierTest {

    private static final int DIMENSION = 8;

    /** Unit vectors scattered around {@code centre} (seeded, so every run trains on the same points). */
    private static List<float[]> around(float[] centre, int count, long seed) {
        Random random = new Random(seed);
        List<float[]> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            float[] v = new float[DIMENSION];
            double norm = 0;
            for (int i = 0; i < DIMENSION; i++) {
                v[i] = centre[i] + (float) (0.3 * random.nextGaussian());
                norm += v[i] * v[i];
            }
            for (int i = 0; i < DIMENSION; i++) {
                v[i] /= (float) Math.sqrt(norm);
            }
            out.add(v);
        }
        return out;
    }

    private static float[] axis(int i) {
        float[] v = new float[DIMENSION];
        v[i] = 1;
        return v;
    }

    private final List<float[]> requests = around(axis(0), 20, 1);
    private final List<float[]> others = around(axis(1), 200, 2);

    @Test
    void aNewVectorFallsOnTheSideOfTheExamplesItResembles() {
        PartyBusinessClassifier c = PartyBusinessClassifier.train(requests, others, PartyBusinessClassifier.RIDGE, 3);
        assertTrue(c.score(axis(0)) > 0.5 && c.score(axis(1)) < -0.5, () -> c.score(axis(0)) + " / " + c.score(axis(1)));
        for (float[] v : around(axis(0), 10, 3)) {
            assertTrue(c.score(v) > 0, () -> "a request-like vector scored " + c.score(v));
        }
        for (float[] v : around(axis(1), 10, 4)) {
            assertTrue(c.score(v) < 0, () -> "a question-like vector scored " + c.score(v));
        }
    }

    @Test
    void theSidesCountEquallySoTheMidpointIsNeitherThoughOneSideIsTenTimesLarger() {
        PartyBusinessClassifier c = PartyBusinessClassifier.train(requests, others, PartyBusinessClassifier.RIDGE, 3);
        float[] between = {(float) Math.sqrt(0.5), (float) Math.sqrt(0.5), 0, 0, 0, 0, 0, 0};
        assertEquals(0.0, c.score(between), 0.25);
    }

    @Test
    void theSameExamplesGiveTheSameWeightsToTheBit() {
        PartyBusinessClassifier a = PartyBusinessClassifier.train(requests, others, PartyBusinessClassifier.RIDGE, 3);
        PartyBusinessClassifier b = PartyBusinessClassifier.train(around(axis(0), 20, 1), around(axis(1), 200, 2),
                PartyBusinessClassifier.RIDGE, 3);
        assertArrayEquals(a.weights(), b.weights());
        assertEquals(a.bias(), b.bias());
    }

    @Test
    void whatTheCacheStoresScoresExactlyAsTheTrainedClassifier() {
        PartyBusinessClassifier trained = PartyBusinessClassifier.train(requests, others, PartyBusinessClassifier.RIDGE, 3);
        PartyBusinessClassifier read = PartyBusinessClassifier.unpacked(trained.packed());
        assertEquals(DIMENSION + 2, trained.packed().length);
        assertEquals(trained.reach(), read.reach());
        for (float[] v : around(axis(2), 5, 5)) {
            assertEquals(trained.score(v), read.score(v));
        }
    }

    @Test
    void itSpeaksOnlyForMessagesWithinItsExamplesReach() {
        PartyBusinessClassifier c = PartyBusinessClassifier.train(requests, others, PartyBusinessClassifier.RIDGE, 3);
        // Nearly every request is within reach of its own neighbours, by construction of the reach.
        long within = requests.stream().filter(r -> closeness(r) >= c.reach()).count();
        assertTrue(within >= requests.size() - 1, () -> within + " of " + requests.size());
        // A vector far from every example is not the classifier's to judge, whatever side of the line it falls.
        float[] far = axis(5);
        double nearness = closeness(far);
        assertTrue(nearness < c.reach(), () -> nearness + " vs reach " + c.reach());
        assertTrue(!c.fires(far, nearness, Double.NEGATIVE_INFINITY));
        float[] request = around(axis(0), 1, 9).get(0);
        assertTrue(c.fires(request, closeness(request), 0.0));
    }

    /** Mean similarity to the three nearest requests, as the guard's neighbours measure it. */
    private double closeness(float[] v) {
        return requests.stream().mapToDouble(r -> {
            double d = 0;
            for (int i = 0; i < DIMENSION; i++) {
                d += r[i] * v[i];
            }
            return d;
        }).map(d -> -d).sorted().limit(3).map(d -> -d).average().orElseThrow();
    }

    @Test
    void withoutExamplesOnBothSidesItNeverFires() {
        PartyBusinessClassifier none = PartyBusinessClassifier.train(requests, List.of(), PartyBusinessClassifier.RIDGE, 3);
        assertTrue(none.isEmpty());
        assertEquals(Double.NEGATIVE_INFINITY, none.score(axis(0)));
        assertEquals(0, none.packed().length);
        assertTrue(PartyBusinessClassifier.unpacked(new float[0]).isEmpty());
    }
}
