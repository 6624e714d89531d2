package org.protocolbot.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code knowledge/manifest.json}: the councils the bot knows, in the order it lists them. */
public record Manifest(List<Council> councils) {

    public static final String FILE_NAME = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public Manifest {
        councils = List.copyOf(councils);
        Set<String> ids = new HashSet<>();
        for (Council council : councils) {
            if (!council.id().matches("[a-z0-9][a-z0-9-]{0,40}")) {
                throw new IngestException(FILE_NAME + ": council id \"" + council.id()
                        + "\" must be lower-case letters, digits and hyphens");
            }
            if (!ids.add(council.id())) {
                throw new IngestException(FILE_NAME + ": council id \"" + council.id() + "\" appears twice");
            }
        }
    }

    public static Manifest read(InputStream in, String where) {
        try {
            Manifest manifest = JSON.readValue(in, Manifest.class);
            if (manifest.councils() == null || manifest.councils().isEmpty()) {
                throw new IngestException(where + ": lists no councils");
            }
            return manifest;
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new IngestException(where + ": not a valid manifest (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
