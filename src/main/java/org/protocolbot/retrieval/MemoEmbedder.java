package org.protocolbot.retrieval;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the vectors of texts it has embedded. For cross-validation, which answers the same questions under
 * hundreds of settings: the model gives the same vector for the same text, so embedding it once changes nothing
 * but the time taken. Unbounded, so not for a server.
 */
public final class MemoEmbedder implements TextEmbedder {

    private final TextEmbedder model;
    private final Map<String, float[]> seen = new ConcurrentHashMap<>();

    public MemoEmbedder(TextEmbedder model) {
        this.model = model;
    }

    @Override
    public float[] embed(String text) {
        return seen.computeIfAbsent(text, model::embed);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return model.embedAll(texts);
    }

    @Override
    public String modelId() {
        return model.modelId();
    }

    @Override
    public void awaitReady() {
        model.awaitReady();
    }
}
