package org.protocolbot.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the ingested knowledge lives and how to load it: a directory on disk (what {@code ingest} writes) or the
 * copy embedded in the jar at build time (so the bot runs anywhere with no files beside it). Loading is all or
 * nothing: a missing or corrupt file stops start-up with a message that names it, never a half-loaded bot.
 */
public final class KnowledgeBase {

    public static final String EMBEDDED_ROOT = "knowledge/";

    private final Optional<Path> directory;

    private KnowledgeBase(Optional<Path> directory) {
        this.directory = directory;
    }

    public static KnowledgeBase directory(Path path) {
        return new KnowledgeBase(Optional.of(path));
    }

    public static KnowledgeBase embedded() {
        return new KnowledgeBase(Optional.empty());
    }

    /** The configured directory, else {@code ./knowledge} when it holds a manifest, else the embedded copy. */
    public static KnowledgeBase locate(Optional<String> configuredDir) {
        if (configuredDir.isPresent()) {
            return directory(Path.of(configuredDir.get()));
        }
        Path local = Path.of("knowledge");
        return Files.isRegularFile(local.resolve(Manifest.FILE_NAME)) ? directory(local) : embedded();
    }

    public Optional<Path> path() {
        return directory;
    }

    public String describe() {
        return directory.map(p -> p.toAbsolutePath().normalize().toString()).orElse("embedded knowledge (inside the jar)");
    }

    public ClauseCorpus load() {
        Manifest manifest;
        try (InputStream in = open(Manifest.FILE_NAME)) {
            manifest = Manifest.read(in, where(Manifest.FILE_NAME));
        } catch (IOException e) {
            throw new IngestException(where(Manifest.FILE_NAME) + ": unreadable (" + e.getMessage() + ")", e);
        }
        Map<String, List<Clause>> clauses = new LinkedHashMap<>();
        for (Council council : manifest.councils()) {
            String file = ClauseFiles.fileName(council.id());
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
                clauses.put(council.id(), ClauseFiles.read(reader, where(file), council.id()));
            } catch (IOException e) {
                throw new IngestException(where(file) + ": unreadable (" + e.getMessage() + ")", e);
            }
        }
        return new ClauseCorpus(manifest.councils(), clauses);
    }

    /** Opens a file of the knowledge base, or fails naming it. */
    public InputStream open(String relative) throws IOException {
        if (directory.isPresent()) {
            Path file = directory.get().resolve(relative);
            if (!Files.isRegularFile(file)) {
                throw new IngestException(file + ": missing; run `protocol-bot ingest` to rebuild the knowledge base");
            }
            return Files.newInputStream(file);
        }
        InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(EMBEDDED_ROOT + relative);
        if (in == null) {
            throw new IngestException(where(relative) + ": missing from the jar; rebuild with `mvn -B package`");
        }
        return in;
    }

    public boolean exists(String relative) {
        return directory.map(d -> Files.isRegularFile(d.resolve(relative)))
                .orElseGet(() -> KnowledgeBase.class.getClassLoader().getResource(EMBEDDED_ROOT + relative) != null);
    }

    private String where(String relative) {
        return directory.map(d -> d.resolve(relative).toString()).orElse("jar:" + EMBEDDED_ROOT + relative);
    }
}
