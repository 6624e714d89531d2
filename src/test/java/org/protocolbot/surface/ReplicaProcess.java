package org.protocolbot.surface;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One replica: {@code protocol-bot serve --port 0} in a process of its own, from the test classpath, with the
 * environment it is given. Used by the fleet tests, which start two on one PostgreSQL ({@link TestPostgres}).
 */
public final class ReplicaProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

    private final Process process;
    private final int port;
    private final StringBuffer output = new StringBuffer();

    private ReplicaProcess(Map<String, String> env) throws IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory("replica-");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "org.protocolbot.cli.Main",
                "serve", "--port", "0").redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin"));
        builder.environment().put("HOME", System.getProperty("java.io.tmpdir"));
        builder.environment().put("PROTOCOL_DATA_DIR", dataDir.toString());
        builder.environment().putAll(env);
        this.process = builder.start();
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.append(line).append('\n');
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        listening.complete(Integer.parseInt(matcher.group(1)));
                    }
                }
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
            listening.completeExceptionally(new IllegalStateException("the replica exited:\n" + output));
        }, "replica-output");
        reader.setDaemon(true);
        reader.start();
        try {
            this.port = listening.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("the replica did not start:\n" + output, e);
        }
    }

    public static ReplicaProcess start(Map<String, String> env) throws IOException, InterruptedException {
        return new ReplicaProcess(env);
    }

    public HttpResponse<String> post(String path, String contentType, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public String output() {
        return output.toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /**
     * Waits, if need be, until the current clock minute has at least 20 s left: a shared question budget counts per
     * clock minute, so a test spending one must not straddle the boundary, where the budget starts afresh.
     */
    public static void awaitMostOfAMinuteLeft() throws InterruptedException {
        long intoMinute = System.currentTimeMillis() % 60_000;
        if (intoMinute > 40_000) {
            Thread.sleep(60_000 - intoMinute + 100);
        }
    }
}
