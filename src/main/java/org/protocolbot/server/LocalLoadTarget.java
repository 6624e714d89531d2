package org.protocolbot.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Setting;
import org.protocolbot.app.Settings;
import org.protocolbot.bench.LoadTarget;
import org.protocolbot.feedback.FeedbackConfig;
import org.protocolbot.feedback.JdbcFeedbackStore;

/**
 * The real server as {@code bench --load} drives it: no chat adapters (this measures the server and the core, not
 * Slack's or Microsoft's round trips), a throwaway embedded feedback database, so a load test never writes into
 * ./data, and no per-client question budget: every load client is 127.0.0.1, and thousands of questions a minute
 * from one address is exactly what the budget refuses. The server implements the benchmark's interface, so
 * shipped {@code bench} needs no server import.
 */
public final class LocalLoadTarget implements LoadTarget {

    /** The load test's settings: the defaults, with the per-client question budget off. */
    static final Settings SETTINGS = Settings.fromEnv(Map.of(Setting.PROTOCOL_QUESTIONS_PER_MINUTE.envName(), "0"));

    @Override
    public Running start(ProtocolBot bot) {
        Path dataDir = temporaryDirectory();
        BotServer server;
        try {
            server = BotServer.start(bot, SETTINGS, 0, ChatAdapters.none(),
                    JdbcFeedbackStore.open(FeedbackConfig.embedded(dataDir, false)));
        } catch (RuntimeException e) {
            deleteQuietly(dataDir);
            throw e;
        }
        URI ask = URI.create("http://127.0.0.1:" + server.port() + "/api/ask");
        return new Running() {
            @Override
            public URI askUri() {
                return ask;
            }

            @Override
            public void close() {
                server.stop();
                deleteQuietly(dataDir);
            }
        };
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("protocol-bot-load");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the load test's database", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary directory is harmless; the report matters more.
        }
    }
}
