package org.protocolbot.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Ingest-time code lives apart from the runtime corpus: only the ingest command reaches into it. */
class IngestPackageTest {

    private static final Path MAIN = Path.of("src/main/java/org/protocolbot");

    @Test
    void onlyTheIngestCommandImportsTheIngestPackage() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> importers = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(MAIN.resolve("corpus/ingest")))
                    .filter(p -> read(p).contains("import org.protocolbot.corpus.ingest."))
                    .map(p -> MAIN.relativize(p).toString())
                    .toList();
            assertEquals(List.of("cli/IngestCommand.java"), importers);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
