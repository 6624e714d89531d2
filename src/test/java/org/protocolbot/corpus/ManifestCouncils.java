package org.protocolbot.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The councils knowledge/manifest.json lists, in its order: what tests about "every council" compare with, so that
 * adding a council (README: add your own) does not break the build.
 */
public final class ManifestCouncils {

    private static final Path MANIFEST = Path.of("knowledge", Manifest.FILE_NAME);

    private ManifestCouncils() {
    }

    public static List<String> ids() {
        try (InputStream in = Files.newInputStream(MANIFEST)) {
            return Manifest.read(in, MANIFEST.toString()).councils().stream().map(Council::id).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids as the bot lists them to users: {@code kirklees, appendix-j, ...}. */
    public static String listed() {
        return String.join(", ", ids());
    }
}
