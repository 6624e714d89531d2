package org.protocolbot.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core knows nothing of Slack, Teams, the server or the CLI: dependencies point one way. */
class DependencyDirectionTest {

    private static final Path SOURCES = Path.of("src/main/java/org/protocolbot");
    private static final List<String> CORE = List.of("corpus", "retrieval", "guard", "answer", "chat", "app", "eval", "feedback");
    private static final Pattern ADAPTER_IMPORT = Pattern.compile(
            "^import (?:static )?org\\.protocolbot\\.(?:slack|teams|server|cli|bench)\\.|^import (?:static )?(?:com\\.slack|com\\.microsoft\\.bot|io\\.javalin)\\.",
            Pattern.MULTILINE);

    @Test
    void corePackagesImportNoAdapterOrChatSdk() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> CORE.contains(SOURCES.relativize(p).getName(0).toString()))
                    .filter(p -> {
                        try {
                            return ADAPTER_IMPORT.matcher(Files.readString(p)).find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(Path::toString)
                    .sorted()
                    .toList();
        }
        assertEquals(List.of(), offenders);
    }
}
