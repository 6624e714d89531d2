package org.protocolbot;

import java.util.List;
import java.util.Locale;
import org.protocolbot.retrieval.TextEmbedder;

/**
 * A fake embedder for fast unit tests: each lower-cased word is hashed to one of 256 dimensions, and the counts are
 * normalised, so texts sharing words are similar and texts sharing none are orthogonal. Not MiniLM: it shows the
 * pipeline's arithmetic, not its quality.
 */
public final class WordEmbedder implements TextEmbedder {

    public static final int DIMENSION = 256;

    @Override
    public float[] embed(String text) {
        float[] v = new float[DIMENSION];
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                v[Math.floorMod(word.hashCode(), DIMENSION)] += 1;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        for (int i = 0; i < v.length && norm > 0; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return texts.stream().map(this::embed).toList();
    }

    @Override
    public String modelId() {
        return "test-words-256";
    }
}
