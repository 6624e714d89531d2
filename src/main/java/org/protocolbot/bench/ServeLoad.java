package org.protocolbot.bench;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.protocolbot.app.ProtocolBot;
import org.slf4j.LoggerFactory;

/**
 * A bounded load test of the real server: starts it through a {@link LoadTarget} on a free local port, sends a fixed number of
 * {@code POST /api/ask} requests from several concurrent clients (rotating through realistic questions, some scoped
 * to a council), checks every response, stops the server and reports. It ends by itself after the last request.
 *
 * <p>Every response must be a 200 with a valid answer JSON (one of the three outcomes, a lead, the plain text
 * starting with the lead, one citation per quote), and the same request must always get the same bytes: answers are
 * deterministic, so a difference under concurrency would be a race. Heap is measured after a full GC before and
 * after the timed run, both after a warm-up round, to show memory does not grow with the number of requests.
 */
public final class ServeLoad {

    /**
     * @param requests timed requests
     * @param clients  concurrent clients, each sending its next request as soon as the last is answered
     */
    public record Options(int requests, int clients) {
        public static Options defaults() {
            return new Options(2000, 8);
        }

        public Options {
            if (requests < 1 || clients < 1) {
                throw new IllegalArgumentException("requests and clients must be at least 1");
            }
        }
    }

    /**
     * @param errors   requests that failed: a non-200 status or no response at all
     * @param invalid  200 responses whose body is not a valid answer, or differs from the first answer to the same request
     * @param outcomes how many responses had each outcome
     * @param problems the first few errors and invalid responses, described
     */
    public record Report(int requests, int clients, int errors, int invalid, double seconds, double throughput,
                         double p50Ms, double p99Ms, double maxMs, double heapBeforeMb, double heapAfterMb,
                         Map<String, Integer> outcomes, List<String> problems) {

        public String toJson() {
            ObjectNode json = JSON.createObjectNode();
            json.put("requests", requests);
            json.put("clients", clients);
            json.put("errors", errors);
            json.put("invalid", invalid);
            json.put("seconds", Figures.rounded(seconds));
            json.put("throughput_rps", Figures.rounded(throughput));
            json.put("p50_ms", Figures.rounded(p50Ms));
            json.put("p99_ms", Figures.rounded(p99Ms));
            json.put("max_ms", Figures.rounded(maxMs));
            json.put("heap_before_mb", Figures.rounded(heapBeforeMb));
            json.put("heap_after_mb", Figures.rounded(heapAfterMb));
            outcomes.forEach((outcome, count) -> json.put("outcome_" + outcome, count));
            return json.toString();
        }

        public String toTable() {
            return """
                    protocol-bot load test: POST /api/ask on 127.0.0.1
                    Requests                 %d from %d concurrent clients, in %.1f s
                    Throughput               %.1f requests/s
                    Latency p50 / p99 / max  %.1f / %.1f / %.1f ms
                    Errors                   %d (non-200 or no response)
                    Invalid answers          %d
                    Outcomes                 %s
                    Heap after GC            %.0f MiB before, %.0f MiB after
                    """.formatted(requests, clients, seconds, throughput, p50Ms, p99Ms, maxMs, errors, invalid,
                    outcomes, heapBeforeMb, heapAfterMb)
                    + (problems.isEmpty() ? "" : "Problems:\n  " + String.join("\n  ", problems) + "\n");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PROBLEMS_KEPT = 10;
    /** The server's per-request log (see server.RequestTelemetry). */
    private static final String REQUEST_LOG = "org.protocolbot.server.requests";

    private final ProtocolBot bot;
    private final Options options;
    private final LoadTarget target;
    /** The councils the scoped questions rotate through: the loaded corpus's, in manifest order. */
    private final List<String> councils;

    public ServeLoad(ProtocolBot bot, Options options, LoadTarget target) {
        this.bot = bot;
        this.options = options;
        this.target = target;
        this.councils = bot.corpus().councilIds();
    }

    /**
     * Runs with the server's one-line-per-request log turned down to warnings: for the terminal, where thousands of
     * request lines would bury the report.
     */
    public Report runWithoutRequestLog() {
        if (!(LoggerFactory.getLogger(REQUEST_LOG) instanceof ch.qos.logback.classic.Logger requestLog)) {
            return run();
        }
        Level level = requestLog.getLevel();
        requestLog.setLevel(Level.WARN);
        try {
            return run();
        } finally {
            requestLog.setLevel(level);
        }
    }

    public Report run() {
        try (LoadTarget.Running server = target.start(bot)) {
            URI ask = server.askUri();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            Round warmUp = new Round(Math.max(options.clients() * 4, 24));
            warmUp.send(http, ask);
            double heapBefore = MemoryProbe.heapUsedAfterGcMb();
            Round timed = new Round(options.requests());
            long start = System.nanoTime();
            timed.send(http, ask);
            double seconds = (System.nanoTime() - start) / 1e9;
            double heapAfter = MemoryProbe.heapUsedAfterGcMb();
            return new Report(options.requests(), options.clients(), timed.errors.get(), timed.invalid.get(), seconds,
                    options.requests() / seconds, timed.latency.percentileMs(50), timed.latency.percentileMs(99),
                    timed.latency.percentileMs(100), heapBefore, heapAfter, new TreeMap<>(timed.outcomes),
                    List.copyOf(timed.problems));
        }
    }

    /** One batch of requests shared out among the clients. */
    private final class Round {
        final int requests;
        final LatencySamples latency;
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger invalid = new AtomicInteger();
        final Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        final List<String> problems = new ArrayList<>();
        /** The first body each distinct request got; every later one must match it byte for byte. */
        final Map<String, String> firstBody = new ConcurrentHashMap<>();

        Round(int requests) {
            this.requests = requests;
            this.latency = new LatencySamples(requests);
        }

        void send(HttpClient http, URI ask) {
            SharedWork.run(options.clients(), requests, i -> one(http, ask, i));
        }

        private void one(HttpClient http, URI ask, int i) {
            String body = requestBody(i);
            HttpRequest request = HttpRequest.newBuilder(ask).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long t0 = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                record(System.nanoTime() - t0);
                errors.incrementAndGet();
                problem("request " + i + ": no response (" + e.getClass().getSimpleName() + ")");
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("load test interrupted", e);
            }
            record(System.nanoTime() - t0);
            if (response.statusCode() != 200) {
                errors.incrementAndGet();
                problem("request " + i + ": HTTP " + response.statusCode() + " " + abbreviated(response.body()));
                return;
            }
            String verdict = AnswerJsonCheck.problem(response.body());
            String first = firstBody.putIfAbsent(body, response.body());
            if (verdict.isEmpty() && first != null && !first.equals(response.body())) {
                verdict = "a different answer from the first time this was asked";
            }
            if (!verdict.isEmpty()) {
                invalid.incrementAndGet();
                problem("request " + i + ": " + verdict + ": " + abbreviated(response.body()));
                return;
            }
            outcomes.merge(outcomeOf(response.body()), 1, Integer::sum);
        }

        private synchronized void record(long nanos) {
            latency.add(nanos);
        }

        private void problem(String description) {
            synchronized (problems) {
                if (problems.size() < PROBLEMS_KEPT) {
                    problems.add(description);
                }
            }
        }
    }

    /** Question i of the rotation; every third one is scoped to a council, as a workspace's default would be. */
    private String requestBody(int i) {
        ObjectNode body = JSON.createObjectNode().put("question", BenchQuestions.get(i));
        if (i % 3 == 2) {
            body.put("council", councils.get((i / 3) % councils.size()));
        }
        return body.toString();
    }

    private static String outcomeOf(String body) {
        try {
            return JSON.readTree(body).path("outcome").asText();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

}
