package org.protocolbot.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * Request counts, latency and answer outcomes by adapter, in Prometheus format. One registry per server (not the
 * global one) so two servers in one JVM, as in tests, never mix their numbers.
 */
final class ServerMetrics {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    // Fixed buckets, not percentiles: Prometheus can aggregate them across replicas.
    private static final Duration[] LATENCY_BUCKETS = {
        Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5)
    };

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    ServerMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    void request(RouteTag tag, String method, int status, Duration latency) {
        Timer.builder("protocolbot.http.requests")
                .description("HTTP requests by adapter, endpoint and status")
                .tags("adapter", tag.adapter(), "endpoint", tag.endpoint(), "method", method,
                        "status", Integer.toString(status))
                .serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry)
                .record(latency);
    }

    void outcome(String adapter, String outcome) {
        Counter.builder("protocolbot.answers")
                .description("Answers given, by adapter and outcome (answer, refuse, no_match, info)")
                .tags("adapter", adapter, "outcome", outcome)
                .register(registry)
                .increment();
    }

    String scrape() {
        return registry.scrape();
    }
}
