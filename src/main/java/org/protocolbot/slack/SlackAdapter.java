package org.protocolbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.socket_mode.SocketModeClient;
import io.javalin.http.Handler;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Setting;
import org.protocolbot.app.Settings;
import org.protocolbot.delivery.RetriedSend;
import org.protocolbot.chat.Surface;
import org.protocolbot.feedback.FeedbackRecorder;
import org.protocolbot.feedback.FeedbackStore;
import org.protocolbot.surface.Conversation;
import org.protocolbot.surface.ReplicaGuards;
import org.protocolbot.surface.SurfaceHealth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack surface of protocol-bot, on Bolt for Java: {@code /protocol}, @mentions and direct messages, over
 * HTTP ({@link #eventsHandler()}) or Socket Mode ({@link #startSocketMode()}). It only translates: Slack text goes
 * to the core's chat command language and the {@link org.protocolbot.answer.Answer} comes back as Block Kit, with
 * "Helpful" / "Not helpful" buttons whose clicks go to the feedback store.
 */
public final class SlackAdapter {

    /** The surface's name in the feedback store and the question log. */
    static final String ADAPTER = Surface.SLACK.adapter();
    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);
    private static final int ANSWER_THREADS = 2;
    /** Replies in flight at once: each may wait up to the HTTP client's 10 s timeout on a slow response_url. */
    private static final int DELIVERY_THREADS = 32;
    private static final int REMEMBERED_MESSAGES = 10_000;
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    static final Duration FIRST_CHECK_WAIT = Duration.ofSeconds(5);
    static final Duration RECHECK_EVERY = Duration.ofSeconds(60);

    private final Settings settings;
    private final App app;
    private final List<ExecutorService> ownExecutors;
    private final Handler eventsHandler;
    private final SurfaceHealth health = SurfaceHealth.unchecked("Slack");
    private final SlackEndpoints endpoints;
    private final ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "slack-auth-check");
        thread.setDaemon(true);
        return thread;
    });
    private SocketModeApp socketMode;

    /**
     * @param feedback the server's one feedback store, shared with the other surfaces; the server closes it
     */
    public SlackAdapter(ProtocolBot bot, Settings settings, SlackEndpoints endpoints, FeedbackStore feedback) {
        this(bot, settings, endpoints, feedback, inProcess(settings));
    }

    /**
     * @param guards which messages were answered and each user's budget of questions: shared by every replica when
     *               they share a database, so a retry reaching another replica is not answered again, and a user
     *               spread over replicas has one budget
     */
    public SlackAdapter(ProtocolBot bot, Settings settings, SlackEndpoints endpoints, FeedbackStore feedback,
            ReplicaGuards guards) {
        this(bot, settings, endpoints, feedback, threads("slack-answers-", ANSWER_THREADS),
                threads("slack-replies-", DELIVERY_THREADS), SlackRetry.standard(), guards);
    }

    /** Tests pass a same-thread executor so a reply has been sent when Bolt's response comes back. */
    SlackAdapter(ProtocolBot bot, Settings settings, SlackEndpoints endpoints, FeedbackStore feedback,
            Executor executor) {
        this(bot, settings, endpoints, feedback, executor, executor, SlackRetry.standard(), inProcess(settings));
    }

    SlackAdapter(ProtocolBot bot, Settings settings, SlackEndpoints endpoints, FeedbackStore feedback,
            Executor answering, Executor delivering, RetriedSend retry) {
        this(bot, settings, endpoints, feedback, answering, delivering, retry, inProcess(settings));
    }

    /**
     * @param answering  runs the core for each message
     * @param delivering sends replies to Slack (and waits for Slack)
     * @param retry      how a reply Slack could not take is sent again
     */
    SlackAdapter(ProtocolBot bot, Settings settings, SlackEndpoints endpoints, FeedbackStore feedback,
            Executor answering, Executor delivering, RetriedSend retry, ReplicaGuards guards) {
        this.settings = settings;
        this.endpoints = endpoints;
        this.ownExecutors = Stream.of(answering, delivering).distinct()
                .filter(ExecutorService.class::isInstance).map(ExecutorService.class::cast).toList();
        this.app = BoltApps.create(settings, endpoints);
        SlackReplies replies = new SlackReplies(new Conversation(bot.chat(), new FeedbackRecorder(feedback, ADAPTER),
                guards.questions()),
                bot.resolveDefaultCouncil(settings));
        AnswerDispatcher dispatcher = new AnswerDispatcher(answering, delivering, retry);
        FeedbackClicks clicks = new FeedbackClicks(replies, dispatcher);
        MessageReplies messages = new MessageReplies(replies, dispatcher, guards.redeliveries());
        ProtocolCommand command = new ProtocolCommand(replies, dispatcher);
        // Any command name: a workspace may have called it something other than /protocol.
        app.command(Pattern.compile(".*"), command::onCommand);
        app.blockAction(ShareButton.ACTION_ID, command::onShare);
        app.blockAction(FeedbackButtons.HELPFUL, clicks::onClick);
        app.blockAction(FeedbackButtons.NOT_HELPFUL, clicks::onClick);
        app.event(AppMentionEvent.class, messages::onMention);
        app.event(MessageEvent.class, messages::onDirectMessage);
        app.event(MessageFileShareEvent.class, messages::onFileShare);
        this.eventsHandler = new BoltHttpHandler(app, settings.slackSigningSecret(), health);
        warnIfBodiesMayNotVerify();
        startBolt();
    }

    /**
     * Whether Slack answered this bot's {@code auth.test}: the server shows it in its start-up banner and at
     * {@code /readyz}, and while it is off Slack requests get a quick 503 instead of a call out to Slack.
     */
    public SurfaceHealth health() {
        return health;
    }

    /**
     * Starts Bolt now, not on the first request: Bolt's start calls {@code auth.test}, which would otherwise run
     * on a request thread (and, failing, turn every request into a 500). Waits up to {@link #FIRST_CHECK_WAIT} so
     * the banner can say how it went; a slower Slack finishes in the background. While it fails, it is tried
     * again every {@link #RECHECK_EVERY}, so a Slack outage at start-up heals without a restart.
     */
    private void startBolt() {
        CompletableFuture<Void> first = CompletableFuture.runAsync(this::checkOnce, checks);
        try {
            first.get(FIRST_CHECK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            health.down("waiting for Slack to answer auth.test at " + endpoints.webApiUrl());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException unexpected) {
            health.down("auth.test could not run: " + unexpected.getCause().getClass().getSimpleName());
        }
        checks.scheduleWithFixedDelay(() -> {
            if (!health.on()) {
                checkOnce();
            }
        }, RECHECK_EVERY.toSeconds(), RECHECK_EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    private void checkOnce() {
        try {
            app.start();
            if (!health.on()) {
                health.up("auth.test passed");
                log.info("Slack: auth.test passed; answering Slack requests");
            }
        } catch (RuntimeException failed) {
            // Bolt's message names Slack's error code (invalid_auth, not_authed) or the connection failure, never
            // the token.
            String reason = "auth.test did not pass: " + failed.getMessage() + "; check SLACK_BOT_TOKEN and that "
                    + "this machine can reach " + endpoints.webApiUrl() + " (SLACK_API_URL)";
            if (!reason.equals(health.detail())) {
                log.warn("Slack is off: {}. Trying again every {} s.", reason, RECHECK_EVERY.toSeconds());
            }
            health.down(reason);
        }
    }

    /** Handles POST /slack/events: slash commands, Events API and interactivity, all signature-checked. */
    public Handler eventsHandler() {
        return eventsHandler;
    }

    /**
     * Connects over Socket Mode (SLACK_APP_TOKEN): no public URL needed. Throws if Slack refuses the app token;
     * once connected, Bolt reconnects by itself whenever the connection drops.
     */
    public synchronized void startSocketMode() {
        if (!health.on()) {
            // Bolt would call auth.test again and throw; the server stays up for the other surfaces, saying why.
            log.warn("Slack Socket Mode not started: Slack is off ({})", health.detail());
            return;
        }
        String appToken = settings.slackAppToken()
                .orElseThrow(() -> new IllegalStateException(Setting.SLACK_APP_TOKEN.envName() + " is not set"));
        try {
            if (socketMode == null) {
                socketMode = new SocketModeApp(appToken, app);
            }
            socketMode.startAsync();
        } catch (Exception e) {
            // Slack's messages name the error code (e.g. invalid_auth), never the token.
            String reason = e.getMessage() != null ? e.getMessage()
                    : "check SLACK_APP_TOKEN and that this machine can reach slack.com on port 443";
            throw new IllegalStateException("Could not start Slack Socket Mode: " + reason, e);
        }
        if (socketMode.getClient() != null && socketMode.getClient().verifyConnection()) {
            log.info("Slack Socket Mode connected");
        } else {
            log.warn("Slack Socket Mode is not connected yet and keeps retrying: check that this machine can reach "
                    + "wss-primary.slack.com on port 443");
        }
    }

    /** Disconnects Socket Mode, if started, and stops answering. */
    public synchronized void stop() {
        checks.shutdownNow();
        try {
            if (socketMode != null) {
                SocketModeClient client = socketMode.getClient();
                socketMode.close();
                socketMode = null;
                if (client != null) {
                    // SocketModeApp.close disconnects but leaves the client's message-processor and session-monitor
                    // threads running; closing the client stops them.
                    client.close();
                }
            }
        } catch (Exception e) {
            log.warn("Slack Socket Mode did not close cleanly: {}", e.getMessage());
        }
        app.stop();
        awaitAnswersInFlight();
    }

    /**
     * Answers already being computed are still sent, so nobody who asked just before shutdown is left waiting:
     * answering stops first, then delivering, once the last answers have been handed to it.
     */
    private void awaitAnswersInFlight() {
        try {
            for (ExecutorService executor : ownExecutors) {
                executor.shutdown();
                if (!executor.awaitTermination(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                    log.warn("Slack answers still running after {}s; stopping without them", STOP_GRACE.toSeconds());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** In this process's memory: one replica, or no shared database. */
    private static ReplicaGuards inProcess(Settings settings) {
        return ReplicaGuards.inProcess(REMEMBERED_MESSAGES, ADAPTER, settings.questionsPerMinute());
    }

    /** Daemon threads, so a stuck Slack call never keeps the JVM from exiting; idle ones time out. */
    private static ExecutorService threads(String prefix, int count) {
        AtomicInteger number = new AtomicInteger();
        ThreadFactory daemons = task -> {
            Thread thread = new Thread(task, prefix + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(count, count, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                daemons);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Bolt re-encodes the body with the JVM's default charset to check the signature; non-UTF-8 breaks that. */
    private static void warnIfBodiesMayNotVerify() {
        if (!Charset.defaultCharset().equals(StandardCharsets.UTF_8)) {
            log.warn("The JVM's default charset is {}, not UTF-8: Slack messages with non-ASCII characters will fail "
                    + "signature checks. Start Java with -Dfile.encoding=UTF-8.", Charset.defaultCharset());
        }
    }
}
