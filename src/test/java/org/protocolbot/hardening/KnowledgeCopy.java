package org.protocolbot.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A private copy of the project's knowledge/ directory (without the sources), for tests that damage it. */
final class KnowledgeCopy {

    static final Path ORIGINAL = Path.of("knowledge");

    private KnowledgeCopy() {
    }

    /** Copies manifest.json, embeddings.bin and clauses/*.jsonl into {@code target}. */
    static Path into(Path target) {
        try {
            Files.createDirectories(target.resolve("clauses"));
            Files.copy(ORIGINAL.resolve("manifest.json"), target.resolve("manifest.json"));
            Files.copy(ORIGINAL.resolve("embeddings.bin"), target.resolve("embeddings.bin"));
            try (Stream<Path> clauses = Files.list(ORIGINAL.resolve("clauses"))) {
                for (Path file : clauses.toList()) {
                    Files.copy(file, target.resolve("clauses").resolve(file.getFileName()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
