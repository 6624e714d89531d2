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

    @Override
    public float[] embed(String text) {
        return normalised(model.embed(text).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding embedding : model.embedAll(texts.stream().map(TextSegment::from).toList()).content()) {
            out.add(normalised(embedding.vector()));
        }
        return out;
    }

    public static final String MODEL_ID = "all-minilm-l6-v2/langchain4j-1.19.0-beta29";

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
