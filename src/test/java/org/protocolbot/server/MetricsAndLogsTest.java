package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.protocolbot.CapturedLogs;
import org.protocolbot.answer.Question;
import org.protocolbot.app.Settings;

/** /metrics after real requests, and the one structured log line per request. */
class MetricsAndLogsTest {

    static final String QUESTION = "Can an officer attend a party group meeting?";

    @Test
    void metricsCountRequestsLatencyAndOutcomesByAdapter() {
        try (RunningServer server = RunningServer.start(Settings.empty())) {
            String outcome = server.bot.answerer().answer(Question.of(QUESTION)).outcome().wireName();
            server.post("/api/ask", "{\"question\": \"" + QUESTION + "\"}");
            server.post("/api/ask", "{\"question\": \"" + QUESTION + "\"}");
            server.post("/api/ask", "{\"question\": \"" + QUESTION + "\"}", RouteTag.CLIENT_HEADER, "web");
            server.post("/api/ask", "{\"question\": ");
            server.get("/");

            String metrics = awaitMetrics(server, m -> count(m, "protocolbot_http_requests_seconds_count",
                    "adapter=\"web\",endpoint=\"page\",method=\"GET\",status=\"200\"") == 1);

            HttpResponse<String> scrape = server.get("/metrics");
            assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            assertEquals(2, count(metrics, "protocolbot_http_requests_seconds_count",
                    "adapter=\"api\",endpoint=\"ask\",method=\"POST\",status=\"200\""));
            assertEquals(1, count(metrics, "protocolbot_http_requests_seconds_count",
                    "adapter=\"web\",endpoint=\"ask\",method=\"POST\",status=\"200\""));
            assertEquals(1, count(metrics, "protocolbot_http_requests_seconds_count",
                    "adapter=\"api\",endpoint=\"ask\",method=\"POST\",status=\"400\""));
            assertEquals(2, count(metrics, "protocolbot_answers_total",
                    "adapter=\"api\",outcome=\"" + outcome + "\""));
            assertEquals(1, count(metrics, "protocolbot_answers_total",
                    "adapter=\"web\",outcome=\"" + outcome + "\""));
            assertTrue(metrics.contains("protocolbot_http_requests_seconds_bucket{adapter=\"api\",endpoint=\"ask\""),
                    "latency histogram buckets");
            assertTrue(metrics.contains("protocolbot_http_requests_seconds_sum{adapter=\"api\",endpoint=\"ask\""));
            assertTrue(metrics.contains("jvm_memory_used_bytes"), "JVM metrics are exported too");
        }
    }

    @Test
    void oneStructuredLineForEachRequestWithoutTheQuestionByDefault() {
        try (CapturedLogs logs = CapturedLogs.start();
                RunningServer server = RunningServer.start(Settings.empty())) {
            String outcome = server.bot.answerer().answer(Question.of(QUESTION, "leeds")).outcome().wireName();
            HttpResponse<String> response = server.post("/api/ask",
                    "{\"question\": \"" + QUESTION + "\", \"council\": \"leeds\"}",
                    "Authorization", "Bearer xoxb-not-for-logs");
            String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();

            String line = logs.awaitLine(l -> l.contains("correlation_id=" + id));

            assertTrue(line.matches("request correlation_id=" + id + " adapter=api endpoint=ask method=POST status=200 "
                    + "council=leeds outcome=" + outcome + " latency_ms=\\d+"), line);
            assertEquals(1, logs.messages().stream().filter(l -> l.contains(id)).count());
            assertFalse(logs.messages().stream().anyMatch(l -> l.contains("party group")), "question not logged");
            assertFalse(logs.messages().stream().anyMatch(l -> l.contains("xoxb-not-for-logs")), "no Authorization");
        }
    }

    @Test
    void questionsAreLoggedOnlyWhenTheOperatorOptsIn() {
        Settings optedIn = Settings.fromEnv(Map.of("PROTOCOL_LOG_QUESTIONS", "true"));
        try (CapturedLogs logs = CapturedLogs.start(); RunningServer server = RunningServer.start(optedIn)) {
            HttpResponse<String> response = server.post("/api/ask",
                    "{\"question\": \"Can an officer \\\"attend\\\"\\na party group?\"}");
            String id = response.headers().firstValue("X-Correlation-Id").orElseThrow();

            String line = logs.awaitLine(l -> l.contains("correlation_id=" + id));

            // Quoted and escaped: the newline the user typed cannot start a forged log line.
            assertTrue(line.endsWith(" question=\"Can an officer \\\"attend\\\"\\na party group?\""), line);
        }
    }

    /** The value of one Prometheus sample whose labels start with the given ones; 0 if absent. */
    static double count(String metrics, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{" + Pattern.quote(labels) + "[^}]*} (\\S+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /** Metrics are recorded once each response has gone out; wait (up to 10 s) for the last one to land. */
    static String awaitMetrics(RunningServer server, java.util.function.Predicate<String> ready) {
        Supplier<String> scrape = () -> server.get("/metrics").body();
        for (int attempt = 0; attempt < 200; attempt++) {
            String metrics = scrape.get();
            if (ready.test(metrics)) {
                return metrics;
            }
            pause();
        }
        throw new AssertionError("metrics never showed the expected request: " + scrape.get());
    }

    /** One step of a bounded wait for something the server does after the response. */
    static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
