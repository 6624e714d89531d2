package org.protocolbot.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * all-MiniLM-L6-v2 running in-process through langchain4j and ONNX Runtime. The weights ship inside the Maven
 * artifact, so nothing is downloaded and no text leaves the machine.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    static {
        // The tokenizer library (DJL) would otherwise phone home and probe cloud metadata endpoints.
        // The bot must work offline and send nothing anywhere, so both are switched off before DJL loads.
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("ai.djl.offline", "true");
    }

    private final EmbeddingModel model;

    public MiniLmEmbedder() {
        // Same-thread executor: batch embedding runs in order on the caller's thread, so results never depend on scheduling.
        this.model = new AllMiniLmL6V2EmbeddingModel(Runnable::run);
    }

    /**
     * Text with nothing for the model to read (empty, or only spaces, control characters, invisible marks or
     * accents, which its tokenizer drops; langchain4j then refuses with an exception) has no meaning, so it gets the
     * zero vector: similar to no clause, hence "not covered", instead of an error for whoever typed it. Text with a
     * letter or digit always has tokens, so a refusal of such text is a real fault and is not hidden.
     */
    @Override
    public float[] embed(String text) {
        try {
            return normalised(model.embed(text).content().vector());
        } catch (IllegalArgumentException e) {
            if (text != null && text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                throw e;
            }
            return new float[model.dimension()];
        }
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding embedding : model.embedAll(texts.stream().map(TextSegment::from).toList()).content()) {
            out.add(normalised(embedding.vector()));
        }
        return out;
    }

    /** The model and the version of the Maven artifact it ships in, which Maven writes into model.properties. */
    public static final String MODEL_ID = "all-minilm-l6-v2/langchain4j-" + artifactVersion();

    private static String artifactVersion() {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.InputStream in = MiniLmEmbedder.class.getResourceAsStream("model.properties")) {
            if (in == null) {
                throw new IllegalStateException("model.properties is missing from the build; rebuild with mvn -B package");
            }
            properties.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("reading model.properties from the jar failed", e);
        }
        return properties.getProperty("artifactVersion");
    }

    @Override
    public String modelId() {
        return MODEL_ID;
    }

    static float[] normalised(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0f : (float) (1.0 / Math.sqrt(norm));
        float[] out = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            out[i] = vector[i] * scale;
        }
        return out;
    }
}
