package org.protocolbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class WeightsFileTest {

    @Test
    void theWeightsAndTheirHashComeBackAsWritten() throws IOException {
        WeightsFile file = new WeightsFile("abc123", new float[] {0.25f, -1.5f, 3e-7f});
        WeightsFile read = WeightsFile.read(new ByteArrayInputStream(file.toBytes()));
        assertEquals("abc123", read.hash());
        assertArrayEquals(file.weights(), read.weights());
    }

    @Test
    void noWeightsAreStoredAsNone() throws IOException {
        WeightsFile read = WeightsFile.read(new ByteArrayInputStream(new WeightsFile("h", new float[0]).toBytes()));
        assertEquals(0, read.weights().length);
    }

    @Test
    void aDamagedFileIsAnErrorSoTheCallerTrainsAgain() {
        byte[] bytes = new WeightsFile("abc123", new float[] {0.25f, -1.5f}).toBytes();
        bytes[bytes.length - 12] ^= 0x01;
        assertThrows(IOException.class, () -> WeightsFile.read(new ByteArrayInputStream(bytes)));
    }

    @Test
    void anotherCacheFileIsNotReadAsWeights() {
        byte[] phrasings = new PhraseVectors("h", java.util.List.of(new float[] {1f, 0f})).toBytes();
        assertThrows(IOException.class, () -> WeightsFile.read(new ByteArrayInputStream(phrasings)));
    }
}
