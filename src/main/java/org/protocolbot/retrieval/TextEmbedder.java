package org.protocolbot.retrieval;

import java.util.List;

/** Turns text into a unit-length vector. One default implementation: the local MiniLM model. */
public interface TextEmbedder {

    float[] embed(String text);

    List<float[]> embedAll(List<String> texts);

    /** Identifies the model, so cached vectors from another model are never reused. */
    String modelId();

    /**
     * Returns once the model can embed, or throws why it cannot. A model that loads in the background (so start-up
     * reads the knowledge base meanwhile) is waited for here; the default has nothing to wait for.
     */
    default void awaitReady() {
    }
}
