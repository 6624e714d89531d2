package org.protocolbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Issue 15: shipped benchmark code imports no adapter and not the server; the server comes in as a LoadTarget. */
class BenchImportsNoAdapterTest {

    @Test
    void noShippedBenchClassImportsTheServerOrAChatAdapter() throws IOException {
        List<String> offending;
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/protocolbot/bench"))) {
            offending = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream()
                            .filter(line -> line.matches("import org\\.protocolbot\\.(server|slack|teams|cli)\\..*"))
                            .map(line -> f.getFileName() + ": " + line);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertEquals(List.of(), offending);
    }
}
