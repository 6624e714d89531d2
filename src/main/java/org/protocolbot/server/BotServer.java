package org.protocolbot.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Setting;
import org.protocolbot.app.Settings;
import org.protocolbot.feedback.FeedbackConfig;
import org.protocolbot.feedback.FeedbackStore;
import org.protocolbot.feedback.JdbcFeedbackStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one server process: JSON API, try-it page, health, metrics, and whichever chat adapters the configuration
 * switches on. With no credentials at all it still serves the API and the page.
 */
public final class BotServer {

    public static final int DEFAULT_PORT = 8080;
    /** How long shutdown waits for in-flight requests; below Kubernetes' default 30 s grace period. */
    static final long STOP_TIMEOUT_MS = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(BotServer.class);

    private final Javalin app;
    private final ChatAdapters adapters;
    private final FeedbackStore feedback;
    private final AtomicBoolean accepting = new AtomicBoolean(true);
    private final AtomicBoolean stopping = new AtomicBoolean(false);
    private final CountDownLatch stopped = new CountDownLatch(1);

    private BotServer(ProtocolBot bot, Settings settings, ChatAdapters adapters, FeedbackStore feedback, int port,
            RequestQueue queue) {
        this.adapters = adapters;
        this.feedback = feedback;
        ObjectMapper mapper = new ObjectMapper();
        ServerMetrics metrics = new ServerMetrics();
        RequestTelemetry telemetry = new RequestTelemetry(
                new RouteTag.Classifier(adapters.mounts()), metrics, settings.logQuestions());
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            // A wrong method gets 405 with the methods the path has (Allow), not a 404 that hides the route.
            config.http.prefer405over404 = true;
            config.requestLogger.http(telemetry::complete);
            config.jetty.modifyServer(server -> {
                // Javalin's default server has a StatisticsHandler, so a stop timeout makes Jetty stop accepting
                // and then wait for in-flight requests instead of cutting them off.
                server.setStopTimeout(STOP_TIMEOUT_MS);
                server.setErrorHandler(new JsonErrorPages());
                HostileClients.protect(server, queue);
            });
            config.jetty.addConnector((server, http) -> HostileClients.connector(server, http, port));
            TryItPage.configure(config);
            config.routes.before(telemetry::begin);
            config.routes.before(SecurityHeaders::apply);
            ErrorHandling.install(config.routes);
            ServerRoutes.install(config.routes, bot, settings, adapters, feedback, metrics, mapper, accepting::get);
        });
    }

    /**
     * Starts with the feedback store and the adapters the settings switch on; port 0 picks a free port. The store
     * is opened once here and shared by every surface, because the embedded database admits one owner at a time.
     */
    public static BotServer start(ProtocolBot bot, Settings settings, int port) {
        FeedbackConfig config = settings.feedbackConfig();
        FeedbackStore feedback = JdbcFeedbackStore.open(config);
        LOG.info("feedback store: {}", config);
        ChatAdapters adapters;
        try {
            adapters = ChatAdapters.fromSettings(bot, settings, feedback);
        } catch (RuntimeException e) {
            feedback.close();
            throw e;
        }
        return start(bot, settings, port, adapters, feedback);
    }

    /**
     * Starts with the given adapters and feedback store: the seam tests use to mount a webhook without real
     * credentials, or to keep the database in a directory of their own. The server owns the store from here on:
     * it closes it when it stops, or when it fails to start.
     */
    public static BotServer start(ProtocolBot bot, Settings settings, int port, ChatAdapters adapters,
            FeedbackStore feedback) {
        return start(bot, settings, port, adapters, feedback, RequestQueue.STANDARD);
    }

    /** As above, with the work queue's bounds: a test fills a tiny queue to see requests shed. */
    static BotServer start(ProtocolBot bot, Settings settings, int port, ChatAdapters adapters,
            FeedbackStore feedback, RequestQueue queue) {
        BotServer server;
        try {
            server = new BotServer(bot, settings, adapters, feedback, port, queue);
            server.app.start();
        } catch (JavalinBindException e) {
            feedback.close();
            throw new PortInUseException(port, e);
        } catch (RuntimeException e) {
            feedback.close();
            throw e;
        }
        if (!feedback.canWrite()) {
            LOG.warn("the feedback database does not take writes: /readyz answers 503 until it does");
        }
        // One log line per fact: every message is a single line (see logback.xml), so the banner is several.
        LOG.info("protocol-bot listening on port {}: try it at {}", server.port(), server.pageUrl());
        AdapterStatus.of(settings).forEach(status -> LOG.info("{}", status.describe()));
        adapters.health().forEach(health -> LOG.info("{}", health.describe()));
        server.openConnections();
        return server;
    }

    /**
     * The {@code serve} command: start, stop gracefully on SIGTERM or Ctrl-C, and block until stopped. Only this
     * path registers a shutdown hook; tests use {@link #start} and {@link #stop}.
     */
    public static void serve(ProtocolBot bot, Settings settings, int port) throws InterruptedException {
        BotServer server = start(bot, settings, port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "protocol-bot-shutdown"));
        server.awaitStop();
    }

    /** One line per surface saying whether it is on and, if not, which settings are missing. */
    public static String describeAdapters(Settings settings) {
        return AdapterStatus.of(settings).stream().map(AdapterStatus::describe).collect(Collectors.joining("\n"));
    }

    /** The port to listen on: the {@code --port} flag, else {@code PORT} from the environment, else 8080. */
    public static int portFrom(Integer flag, Map<String, String> env) {
        if (flag != null) {
            return checkedPort(flag, "--port");
        }
        String fromEnv = env.get(Setting.PORT.envName());
        if (fromEnv == null || fromEnv.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            return checkedPort(Integer.parseInt(fromEnv.strip()), Setting.PORT.envName());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Setting.PORT.envName() + " must be a number between 0 and 65535, not \"" + fromEnv + "\"");
        }
    }

    public int port() {
        return app.port();
    }

    /** The signer behind every feedback value this server hands out. */
    public org.protocolbot.feedback.FeedbackSigner feedbackSigner() {
        return feedback.signer();
    }

    /** The try-it page's address on this machine, printed at start-up so a newcomer can click it. */
    public String pageUrl() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /**
     * Stops gracefully: readiness fails at once, background connections close, then Jetty stops accepting and lets
     * in-flight requests finish (up to {@value #STOP_TIMEOUT_MS} ms); last, the feedback store closes, releasing the
     * embedded database. Safe to call more than once.
     */
    public void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        accepting.set(false);
        try {
            adapters.connections().forEach(BotServer::close);
            app.stop();
            feedback.close();
            LOG.info("protocol-bot stopped");
        } finally {
            stopped.countDown();
        }
    }

    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    private void openConnections() {
        List<BackgroundConnection> opened = new ArrayList<>();
        try {
            for (BackgroundConnection connection : adapters.connections()) {
                connection.open().run();
                opened.add(connection);
                LOG.info("{} connected", connection.name());
            }
        } catch (RuntimeException e) {
            opened.forEach(BotServer::close);
            app.stop();
            feedback.close();
            throw e;
        }
    }

    private static void close(BackgroundConnection connection) {
        try {
            connection.close().run();
        } catch (RuntimeException e) {
            LOG.warn("{} did not close cleanly: {}", connection.name(), e.getClass().getSimpleName());
        }
    }

    private static int checkedPort(int port, String source) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(source + " must be between 0 and 65535, not " + port);
        }
        return port;
    }
}
