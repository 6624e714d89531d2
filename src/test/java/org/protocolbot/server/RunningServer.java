package org.protocolbot.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.protocolbot.TestBots;
import org.protocolbot.TestStores;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;
import org.protocolbot.feedback.FeedbackStore;

/** A real {@link BotServer} on a random local port, and a real HTTP client to talk to it. */
final class RunningServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final ProtocolBot bot;
    final BotServer server;
    /** The server's feedback store, in a directory of its own (never ./data); the server closes it on stop. */
    final FeedbackStore feedback;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RunningServer(ProtocolBot bot, BotServer server, FeedbackStore feedback) {
        this.bot = bot;
        this.server = server;
        this.feedback = feedback;
    }

    static ProtocolBot realBot() {
        return TestBots.shared();
    }

    /** With a fresh feedback store that logs questions when the settings say so. */
    static RunningServer start(Settings settings) {
        return start(settings, TestStores.open(TestStores.newDataDir(), settings.logQuestions()));
    }

    static RunningServer start(Settings settings, FeedbackStore feedback) {
        return start(realBot(), settings, ChatAdapters.fromSettings(realBot(), settings, feedback), feedback);
    }

    /**
     * As {@code serve} starts it: the server opens the feedback store the settings name (so give them a
     * PROTOCOL_DATA_DIR of the test's own) and builds the adapters itself. {@link #feedback} is then null.
     */
    static RunningServer startAsServe(Settings settings) {
        return new RunningServer(realBot(), BotServer.start(realBot(), settings, 0), null);
    }

    static RunningServer start(ProtocolBot bot, Settings settings, ChatAdapters adapters) {
        return start(bot, settings, adapters, TestStores.temporary());
    }

    static RunningServer start(ProtocolBot bot, Settings settings, ChatAdapters adapters, FeedbackStore feedback) {
        return new RunningServer(bot, BotServer.start(bot, settings, 0, adapters, feedback), feedback);
    }

    /** With the work queue bounded by {@code queue} instead of the standard bounds. */
    static RunningServer start(Settings settings, ChatAdapters adapters, RequestQueue queue) {
        FeedbackStore feedback = TestStores.temporary();
        return new RunningServer(realBot(), BotServer.start(realBot(), settings, 0, adapters, feedback, queue), feedback);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    HttpResponse<String> post(String path, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
