package org.protocolbot.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;

/**
 * Remembers the vectors of texts it has embedded (Caffeine). The model gives the same vector for the same text, so
 * a remembered vector changes nothing but the time taken: the same answer, sooner.
 * <ul>
 *   <li>{@link #bounded}: for serving. People ask the same things (the common questions of a council's officers,
 *       Slack's and Teams' redeliveries, a button pressed twice), and the model is most of an answer's cost. A few
 *       thousand vectors of 384 floats are a few megabytes.</li>
 *   <li>{@link #unbounded}: for cross-validation, which answers the same questions under hundreds of settings.</li>
 * </ul>
 */
public final class CachingEmbedder implements TextEmbedder {

    /** Questions remembered when serving: about 6 MB of vectors. */
    public static final int SERVING_CAPACITY = 4_096;

    private final TextEmbedder model;
    private final Cache<String, float[]> seen;

    private CachingEmbedder(TextEmbedder model, Cache<String, float[]> seen) {
        this.model = model;
        this.seen = seen;
    }

    /** At most {@code capacity} texts, the least useful evicted first (Caffeine's W-TinyLFU). */
    public static CachingEmbedder bounded(TextEmbedder model, int capacity) {
        // Eviction on the caller's thread: no background work to schedule, and nothing depends on its timing.
        return new CachingEmbedder(model, Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build());
    }

    /** Every text ever embedded: only for a bounded run such as tuning, never for a server. */
    public static CachingEmbedder unbounded(TextEmbedder model) {
        return new CachingEmbedder(model, Caffeine.newBuilder().build());
    }

    /** A copy of the remembered vector, so a caller that changed its array could not change anyone else's answer. */
    @Override
    public float[] embed(String text) {
        return seen.get(text, model::embed).clone();
    }

    /** Batches are the knowledge base's own texts, embedded once at ingest: not worth remembering. */
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
