package org.protocolbot.retrieval;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.ClauseCorpus;

/**
 * One unit vector per clause, in corpus order, tagged with the hash of what was embedded. Stored as
 * {@code knowledge/embeddings.bin} so start-up reuses them while the corpus and model are unchanged.
 */
public record ClauseVectors(String corpusHash, List<float[]> vectors) {

    public static final String FILE_NAME = "embeddings.bin";
    private static final int MAGIC = 0x50424556; // "PBEV"

    /** SHA-256 over the model id and every clause's id and indexed text. */
    public static String hash(ClauseCorpus corpus, String modelId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(modelId.getBytes(StandardCharsets.UTF_8));
            for (Clause clause : corpus.allClauses()) {
                digest.update((clause.id() + "\u0000" + ClauseText.forIndex(clause) + "\u0000").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static ClauseVectors compute(ClauseCorpus corpus, TextEmbedder embedder) {
        List<String> texts = corpus.allClauses().stream().map(ClauseText::forIndex).toList();
        return new ClauseVectors(hash(corpus, embedder.modelId()), embedder.embedAll(texts));
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeUTF(corpusHash);
            out.writeInt(vectors.size());
            out.writeInt(vectors.isEmpty() ? 0 : vectors.get(0).length);
            for (float[] vector : vectors) {
                for (float v : vector) {
                    out.writeFloat(v);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** Reads a cache file; a truncated or foreign file is an error the caller turns into "re-embed". */
    public static ClauseVectors read(InputStream input) throws IOException {
        DataInputStream in = new DataInputStream(input);
        if (in.readInt() != MAGIC) {
            throw new IOException("not an embeddings file");
        }
        String hash = in.readUTF();
        int count = in.readInt();
        int dimension = in.readInt();
        if (count < 0 || dimension <= 0 || dimension > 4096) {
            throw new IOException("bad embeddings header");
        }
        List<float[]> vectors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float[] vector = new float[dimension];
            for (int d = 0; d < dimension; d++) {
                vector[d] = in.readFloat();
            }
            vectors.add(vector);
        }
        return new ClauseVectors(hash, vectors);
    }
}
