package org.protocolbot.teams;

import io.javalin.http.Handler;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;
import org.protocolbot.delivery.RetriedSend;
import org.protocolbot.feedback.FeedbackRecorder;
import org.protocolbot.feedback.FeedbackStore;
import org.protocolbot.surface.Conversation;
import org.protocolbot.surface.ReplicaGuards;
import org.protocolbot.chat.Surface;

/**
 * The Microsoft Teams adapter: botbuilder-java's HTTP adapter and a Teams activity handler around the shared core.
 * Mount {@link #messagesHandler()} at {@code POST /api/messages} (the Azure Bot's messaging endpoint).
 */
public final class TeamsAdapter {

    /** The surface's name in the feedback store and the question log. */
    static final String ADAPTER = Surface.TEAMS_PERSONAL.adapter();
    private static final int REMEMBERED_ACTIVITIES = 10_000;

    private final TeamsHttpAdapter adapter;
    private final ProtocolTeamsBot teamsBot;

    /**
     * @throws IllegalArgumentException if MICROSOFT_APP_ID or MICROSOFT_APP_PASSWORD is missing (without an app id
     *                                  botbuilder would accept unauthenticated requests), or the default council
     *                                  is unknown
     */
    /**
     * @param feedback the server's one feedback store, shared with the other surfaces; the server closes it
     */
    public TeamsAdapter(ProtocolBot bot, Settings settings, TeamsEndpoints endpoints, FeedbackStore feedback) {
        this(bot, settings, endpoints, feedback, TeamsRetry.standard(), inProcess(settings));
    }

    /**
     * @param guards which activities were answered and each user's budget of questions: shared by every replica
     *               when they share a database
     */
    public TeamsAdapter(ProtocolBot bot, Settings settings, TeamsEndpoints endpoints, FeedbackStore feedback,
            ReplicaGuards guards) {
        this(bot, settings, endpoints, feedback, TeamsRetry.standard(), guards);
    }

    /** With the given retry of replies: tests record its pauses instead of waiting them out. */
    TeamsAdapter(ProtocolBot bot, Settings settings, TeamsEndpoints endpoints, FeedbackStore feedback, RetriedSend retry) {
        this(bot, settings, endpoints, feedback, retry, inProcess(settings));
    }

    TeamsAdapter(ProtocolBot bot, Settings settings, TeamsEndpoints endpoints, FeedbackStore feedback, RetriedSend retry,
            ReplicaGuards guards) {
        if (settings.microsoftAppId().isEmpty() || settings.microsoftAppPassword().isEmpty()) {
            throw new IllegalArgumentException(
                    "Teams needs both MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD (from the Azure Bot registration)");
        }
        this.adapter = new TeamsHttpAdapter(new SettingsConfiguration(settings, endpoints), endpoints);
        this.adapter.setOnTurnError(new TeamsFailureReplies());
        this.teamsBot = new ProtocolTeamsBot(new Conversation(bot.chat(), new FeedbackRecorder(feedback, ADAPTER),
                guards.questions()), bot.resolveDefaultCouncil(settings), retry, guards.redeliveries());
    }

    /** The adapter for the Bot Framework endpoints the settings name (Microsoft's public cloud by default). */
    public static TeamsAdapter create(ProtocolBot bot, Settings settings, FeedbackStore feedback) {
        return new TeamsAdapter(bot, settings, TeamsEndpoints.from(settings), feedback);
    }

    /** As {@link #create(ProtocolBot, Settings, FeedbackStore)}, with guards shared across replicas. */
    public static TeamsAdapter create(ProtocolBot bot, Settings settings, FeedbackStore feedback, ReplicaGuards guards) {
        return new TeamsAdapter(bot, settings, TeamsEndpoints.from(settings), feedback, guards);
    }

    /** In this process's memory: one replica, or no shared database. */
    private static ReplicaGuards inProcess(Settings settings) {
        return ReplicaGuards.inProcess(REMEMBERED_ACTIVITIES, ADAPTER, settings.questionsPerMinute());
    }

    /** The handler for {@code POST /api/messages}. */
    public Handler messagesHandler() {
        return new MessagesEndpoint(adapter, teamsBot);
    }
}
