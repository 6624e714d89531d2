package org.protocolbot.retrieval;

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
 * Unit vectors for the corpus, in corpus order: one per clause (the clause with its headings) and one per passage
 * (each sentence or sub-point), with the clause each passage belongs to. Tagged with the hash of what was embedded
 * and stored as {@code knowledge/embeddings.bin}, so start-up reuses them while the corpus and model are unchanged.
 *
 * @param corpusHash    SHA-256 of the model id and every embedded text
 * @param vectors       one vector per clause
 * @param passages      one vector per passage
 * @param passageOwner  for each passage, the position of its clause in the corpus
 */
public record ClauseVectors(String corpusHash, List<float[]> vectors, List<float[]> passages, int[] passageOwner) {

    public static final String FILE_NAME = "embeddings.bin";
    private static final int MAGIC = 0x50424558; // "PBEX": clause and passage vectors, CRC-32C checked

    /** SHA-256 over the model id and every clause's id, indexed text and passages. */
    public static String hash(ClauseCorpus corpus, String modelId) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(modelId.getBytes(StandardCharsets.UTF_8));
            for (Clause clause : corpus.allClauses()) {
                digest.update((clause.id() + "\u0000" + ClauseText.forIndex(clause) + "\u0000").getBytes(StandardCharsets.UTF_8));
                for (String passage : ClauseText.passages(clause)) {
                    digest.update((passage + "\u0001").getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static ClauseVectors compute(ClauseCorpus corpus, TextEmbedder embedder) {
        List<Clause> clauses = corpus.allClauses();
        List<String> passageTexts = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            for (String passage : ClauseText.passages(clauses.get(i))) {
                passageTexts.add(passage);
                owners.add(i);
            }
        }
        List<float[]> whole = embedder.embedAll(clauses.stream().map(ClauseText::forIndex).toList());
        List<float[]> passages = embedder.embedAll(passageTexts);
        return new ClauseVectors(hash(corpus, embedder.modelId()), whole, passages,
                owners.stream().mapToInt(Integer::intValue).toArray());
    }

    public byte[] toBytes() {
        return VectorFile.write(MAGIC, corpusHash, out -> {
            out.writeInt(Math.max(1, VectorFile.dimensionOf(vectors)));
            VectorFile.writeVectors(out, vectors);
            VectorFile.writeVectors(out, passages);
            for (int owner : passageOwner) {
                out.writeInt(owner);
            }
        });
    }

    /**
     * Reads a cache file; a truncated, damaged or foreign file (checksum, dimension, a value that is not a finite
     * number) is an error the caller turns into "re-embed".
     */
    public static ClauseVectors read(InputStream input) throws IOException {
        VectorFile.Reader in = VectorFile.open(input, MAGIC);
        int dimension = in.readDimension();
        List<float[]> vectors = in.readVectors(dimension);
        List<float[]> passages = in.readVectors(dimension);
        int[] owners = new int[passages.size()];
        for (int i = 0; i < owners.length; i++) {
            owners[i] = in.in().readInt();
            if (owners[i] < 0 || owners[i] >= vectors.size()) {
                throw new IOException("passage owner out of range");
            }
        }
        return new ClauseVectors(in.hash(), vectors, passages, owners);
    }
}
