package org.protocolbot.retrieval;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * One weight vector derived from the phrasings, cached as {@code knowledge/guard-classifier.bin} under the hash of
 * what it was trained from. Training takes a tenth of a second or more, which start-up should not spend every time;
 * the framing and its checks are the vector caches' ({@link VectorFile}).
 *
 * @param hash    what the weights were derived from (the phrasings' hash and the training settings)
 * @param weights the weights, in order
 */
public record WeightsFile(String hash, float[] weights) {

    public static final String FILE_NAME = "guard-classifier.bin";
    private static final int MAGIC = 0x50424743; // "PBGC"

    public WeightsFile {
        weights = weights.clone();
    }

    public byte[] toBytes() {
        return VectorFile.write(MAGIC, hash, out -> {
            out.writeInt(Math.max(1, weights.length));
            VectorFile.writeVectors(out, weights.length == 0 ? List.of() : List.of(weights));
        });
    }

    /** Reads a cache file; any damage is an error the caller turns into "train again". */
    public static WeightsFile read(InputStream input) throws IOException {
        VectorFile.Reader in = VectorFile.open(input, MAGIC);
        List<float[]> rows = in.readVectors(in.readDimension());
        if (rows.size() > 1) {
            throw new IOException("more than one weight vector");
        }
        return new WeightsFile(in.hash(), rows.isEmpty() ? new float[0] : rows.get(0));
    }
}
