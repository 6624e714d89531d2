package org.protocolbot.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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

    private final FutureTask<EmbeddingModel> loading;

    /**
     * Starts loading the model on its own thread and returns at once. Loading ONNX Runtime and the weights is most
     * of a cold start, and reading the knowledge base needs no model (its vectors are cached, and the cache key is
     * {@link #MODEL_ID}), so the two overlap; the first embedding waits for the model.
     */
    public MiniLmEmbedder() {
        this.loading = new FutureTask<>(SingleThreadedMiniLm::load);
        Thread loader = new Thread(loading, "minilm-load");
        loader.setDaemon(true);
        loader.start();
    }

    @Override
    public void awaitReady() {
        model();
    }

    private EmbeddingModel model() {
        try {
            return loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the MiniLM model was loading", e);
        } catch (ExecutionException e) {
            // The loader's own failure, as if the model had been loaded on this thread.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("loading the MiniLM model failed: " + e.getCause(), e.getCause());
        }
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
            return normalised(model().embed(text).content().vector());
        } catch (IllegalArgumentException e) {
            if (text != null && text.codePoints().anyMatch(Character::isLetterOrDigit)) {
                throw e;
            }
            return new float[model().dimension()];
        }
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding embedding : model().embedAll(texts.stream().map(TextSegment::from).toList()).content()) {
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

    /**
     * The model of the langchain4j artifact, in an ONNX session that runs each embedding on its caller's thread.
     * langchain4j's own {@link AllMiniLmL6V2EmbeddingModel} uses ONNX Runtime's default of one worker per core for
     * every embedding; a server answers several questions at once, and those workers then compete for the same
     * cores (on 2 cores, throughput fell by half under concurrent load). One thread per embedding lets concurrent
     * questions use the cores instead. The weights, tokenizer and mean pooling are the artifact's, so the vectors are
     * the same.
     */
    private static final class SingleThreadedMiniLm extends AbstractInProcessEmbeddingModel {

        private static final String WEIGHTS = "/all-minilm-l6-v2.onnx";
        private static final String TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";
        private static final int DIMENSION = 384;

        private final OnnxBertBiEncoder encoder;

        private SingleThreadedMiniLm(OnnxBertBiEncoder encoder) {
            // Same-thread executor: batch embedding runs in order on the caller's thread, so results never depend on scheduling.
            super(Runnable::run);
            this.encoder = encoder;
        }

        static EmbeddingModel load() throws OrtException, IOException {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                 InputStream weights = resource(WEIGHTS);
                 InputStream tokenizer = resource(TOKENIZER)) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                OrtSession session = environment.createSession(weights.readAllBytes(), options);
                return new SingleThreadedMiniLm(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = AllMiniLmL6V2EmbeddingModel.class.getResourceAsStream(name);
            if (in == null) {
                throw new IOException(name + " is missing from the langchain4j MiniLM artifact on the class path");
            }
            return in;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
