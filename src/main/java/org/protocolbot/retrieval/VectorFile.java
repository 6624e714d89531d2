package org.protocolbot.retrieval;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The framing shared by the vector caches ({@code embeddings.bin}, {@code phrasings.bin}): a magic number, the hash
 * of what was embedded, the payload, and a CRC-32C of everything before it. A cache is only a cache, but a damaged
 * one is worse than none: one NaN turns every answer into "not covered" without a word. So a reader checks the
 * checksum, the dimension and that every value is a finite number, and any doubt means "embed again".
 */
final class VectorFile {

    /** Writes one section of the payload. */
    interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private VectorFile() {
    }

    static byte[] write(int magic, String hash, Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(magic);
            out.writeUTF(hash);
            body.write(out);
            out.flush();
            CRC32C crc = new CRC32C();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** Checks magic and checksum and returns a stream positioned after the hash, which it hands back through {@code hash}. */
    static Reader open(InputStream input, int magic) throws IOException {
        byte[] all = input.readAllBytes();
        if (all.length < Integer.BYTES + Long.BYTES) {
            throw new IOException("too short to be a vector file");
        }
        int payloadLength = all.length - Long.BYTES;
        CRC32C crc = new CRC32C();
        crc.update(all, 0, payloadLength);
        long stored = new DataInputStream(new ByteArrayInputStream(all, payloadLength, Long.BYTES)).readLong();
        if (crc.getValue() != stored) {
            throw new IOException("checksum mismatch: the file is damaged");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, payloadLength));
        if (in.readInt() != magic) {
            throw new IOException("not a vector file of this version");
        }
        return new Reader(in, in.readUTF());
    }

    /** A verified payload and the hash it was written under. */
    record Reader(DataInputStream in, String hash) {

        int readDimension() throws IOException {
            int dimension = in.readInt();
            if (dimension <= 0 || dimension > 4096) {
                throw new IOException("bad vector dimension " + dimension);
            }
            return dimension;
        }

        List<float[]> readVectors(int dimension) throws IOException {
            int count = in.readInt();
            if (count < 0 || count > 10_000_000) {
                throw new IOException("bad vector count");
            }
            List<float[]> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                float[] vector = new float[dimension];
                for (int d = 0; d < dimension; d++) {
                    float v = in.readFloat();
                    if (!Float.isFinite(v)) {
                        throw new IOException("vector " + i + " holds a value that is not a finite number");
                    }
                    vector[d] = v;
                }
                out.add(vector);
            }
            return out;
        }
    }

    static void writeVectors(DataOutputStream out, List<float[]> list) throws IOException {
        out.writeInt(list.size());
        for (float[] vector : list) {
            for (float v : vector) {
                out.writeFloat(v);
            }
        }
    }

    static int dimensionOf(List<float[]> vectors) {
        return vectors.isEmpty() ? 0 : vectors.get(0).length;
    }
}
