package org.protocolbot.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Unit vectors for a list of short texts: the topic phrasings and the guard's examples. Embedding a few thousand
 * phrasings takes seconds, so they are embedded at ingest and stored as {@code knowledge/phrasings.bin} under the
 * hash of the model and the texts; start-up reads them back and re-embeds only when the texts or the model changed.
 *
 * @param hash    SHA-256 of the model id and every text, in order
 * @param vectors one vector per text, in order
 */
public record PhraseVectors(String hash, List<float[]> vectors) {

    public static final String FILE_NAME = "phrasings.bin";
    private static final int MAGIC = 0x50425048; // "PBPH"

    public PhraseVectors {
        vectors = List.copyOf(vectors);
    }

    public static String hash(List<String> texts, String modelId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(modelId.getBytes(StandardCharsets.UTF_8));
            for (String text : texts) {
                digest.update((text + "\u0000").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static PhraseVectors compute(List<String> texts, TextEmbedder embedder) {
        return new PhraseVectors(hash(texts, embedder.modelId()), texts.isEmpty() ? List.of() : embedder.embedAll(texts));
    }

    public byte[] toBytes() {
        return VectorFile.write(MAGIC, hash, out -> {
            out.writeInt(Math.max(1, VectorFile.dimensionOf(vectors)));
            VectorFile.writeVectors(out, vectors);
        });
    }

    /** Reads a cache file; any damage is an error the caller turns into "re-embed". */
    public static PhraseVectors read(InputStream input) throws IOException {
        VectorFile.Reader in = VectorFile.open(input, MAGIC);
        int dimension = in.readDimension();
        return new PhraseVectors(in.hash(), in.readVectors(dimension));
    }
}
