package org.protocolbot.teams;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** A real HTTP server with the adapter's handler at POST /api/messages, and a client that posts to it. */
final class TeamsServer implements AutoCloseable {

    private final Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();

    TeamsServer(TeamsAdapter adapter) {
        this.app = Javalin.create(config -> config.routes.post("/api/messages", adapter.messagesHandler())).start(0);
    }

    /** Posts an activity as the Bot Framework would; returns the status code and body. */
    HttpResponse<String> post(String activityJson, Optional<String> bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/api/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activityJson));
        bearerToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("could not reach the test server", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
