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
    private static final List<String> CORE = List.of("corpus", "retrieval", "guard", "topics", "answer", "chat", "app", "eval", "feedback", "surface");
    private static final Pattern ADAPTER_IMPORT = Pattern.compile(
            "^import (?:static )?org\\.protocolbot\\.(?:slack|teams|server|cli|bench)\\.|^import (?:static )?(?:com\\.slack|com\\.microsoft\\.bot|io\\.javalin)\\.",
            Pattern.MULTILINE);

    /**
     * The layers, lowest first: a package may import only packages of lower layers. The core (corpus to answer),
     * then the chat language, evaluation and the feedback store (which keeps answer values), then the report on
     * that store, then assembly (which translates the settings into each part's own configuration), then the
     * benchmark, the shared surface step, the adapters, the server, and the CLI that starts it. Delivery (retries)
     * is a leaf any adapter may use.
     */
    private static final List<List<String>> LAYERS = List.of(
            List.of("corpus", "delivery"),
            List.of("retrieval", "corpus.ingest"),
            List.of("guard", "topics"),
            List.of("answer"),
            List.of("chat", "eval", "feedback"),
            List.of("feedback.report"),
            List.of("app"),
            List.of("bench"),
            List.of("surface"),
            List.of("slack", "teams"),
            List.of("server"),
            List.of("cli"));
    private static final Pattern PROJECT_IMPORT = Pattern.compile("^import (?:static )?org\\.protocolbot\\.([a-z.]+?)\\.[A-Z]",
            Pattern.MULTILINE);

    @Test
    void everyPackageImportsOnlyFromTheLayersBelowIt() throws IOException {
        java.util.Map<String, Integer> layer = new java.util.HashMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String pkg : LAYERS.get(i)) {
                layer.put(pkg, i);
            }
        }
        List<String> offenders = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                Integer own = layer.get(pkg);
                if (own == null) {
                    offenders.add(pkg + " is in no layer");
                    continue;
                }
                var imports = PROJECT_IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    String target = imports.group(1);
                    Integer theirs = layer.get(target);
                    if (!target.equals(pkg) && (theirs == null || theirs >= own)) {
                        offenders.add(SOURCES.relativize(file) + " imports " + target);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

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
