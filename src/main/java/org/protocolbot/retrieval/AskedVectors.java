package org.protocolbot.retrieval;

import java.util.List;

/**
 * Questions people ask that a clause answers ({@code knowledge/clause-questions}), embedded. A question is closer to
 * another question than to the clause's prose, so the closest of a clause's own questions is evidence for ranking,
 * and the questions together say which topics the clause answers.
 *
 * @param vectors one unit vector per question
 * @param owners  for each, the position of its clause in the corpus
 */
public record AskedVectors(List<float[]> vectors, int[] owners) {
    public static final AskedVectors NONE = new AskedVectors(List.of(), new int[0]);

    public AskedVectors {
        vectors = List.copyOf(vectors);
        owners = owners.clone();
        if (owners.length != vectors.size()) {
            throw new IllegalArgumentException("one owner per question vector expected");
        }
    }
}
