package org.protocolbot.retrieval;

import java.io.BufferedInputStream;
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
    private static final int MAGIC = 0x50424557; // "PBEW": clause and passage vectors

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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeUTF(corpusHash);
            int dimension = vectors.isEmpty() ? 0 : vectors.get(0).length;
            out.writeInt(dimension);
            writeVectors(out, vectors);
            writeVectors(out, passages);
            for (int owner : passageOwner) {
                out.writeInt(owner);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** Reads a cache file; a truncated or foreign file is an error the caller turns into "re-embed". */
    public static ClauseVectors read(InputStream input) throws IOException {
        // Buffered: readFloat reads byte by byte, and a file stream would make each byte a system call (1.3 s of
        // start-up for a 2 MB cache read from a knowledge directory, against 20 ms buffered).
        DataInputStream in = new DataInputStream(new BufferedInputStream(input));
        if (in.readInt() != MAGIC) {
            throw new IOException("not an embeddings file of this version");
        }
        String hash = in.readUTF();
        int dimension = in.readInt();
        if (dimension <= 0 || dimension > 4096) {
            throw new IOException("bad embeddings header");
        }
        List<float[]> vectors = readVectors(in, dimension);
        List<float[]> passages = readVectors(in, dimension);
        int[] owners = new int[passages.size()];
        for (int i = 0; i < owners.length; i++) {
            owners[i] = in.readInt();
            if (owners[i] < 0 || owners[i] >= vectors.size()) {
                throw new IOException("passage owner out of range");
            }
        }
        return new ClauseVectors(hash, vectors, passages, owners);
    }

    private static void writeVectors(DataOutputStream out, List<float[]> list) throws IOException {
        out.writeInt(list.size());
        for (float[] vector : list) {
            for (float v : vector) {
                out.writeFloat(v);
            }
        }
    }

    private static List<float[]> readVectors(DataInputStream in, int dimension) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 10_000_000) {
            throw new IOException("bad vector count");
        }
        List<float[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float[] vector = new float[dimension];
            for (int d = 0; d < dimension; d++) {
                vector[d] = in.readFloat();
            }
            out.add(vector);
        }
        return out;
    }
}
