package org.protocolbot.server;

import java.util.ArrayList;
import java.util.List;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;
import org.protocolbot.chat.Surface;
import org.protocolbot.feedback.FeedbackStore;
import org.protocolbot.slack.SlackAdapter;
import org.protocolbot.slack.SlackEndpoints;
import org.protocolbot.surface.SharedReplicaState;
import org.protocolbot.surface.SurfaceHealth;
import org.protocolbot.teams.TeamsAdapter;

/**
 * The chat adapters a server hosts: webhook routes to mount and background connections to open. Built in one
 * place, {@link #fromSettings}, from the same switches {@link AdapterStatus} reports at start-up.
 *
 * @param mounts      webhook routes ({@code /slack/events}, {@code /api/messages})
 * @param connections connections the adapters open themselves (Slack Socket Mode)
 * @param health      what surfaces that check themselves with their vendor found (Slack's auth.test), for the
 *                    banner and /readyz
 */
public record ChatAdapters(List<ChatAdapterMount> mounts, List<BackgroundConnection> connections,
        List<SurfaceHealth> health) {

    public ChatAdapters {
        mounts = List.copyOf(mounts);
        connections = List.copyOf(connections);
        health = List.copyOf(health);
    }

    public ChatAdapters(List<ChatAdapterMount> mounts, List<BackgroundConnection> connections) {
        this(mounts, connections, List.of());
    }

    public static ChatAdapters none() {
        return new ChatAdapters(List.of(), List.of());
    }

    /**
     * The adapters the configuration switches on. Adapters are added here, and nowhere else in the server.
     *
     * @param feedback the server's one feedback store: every adapter records into the same one
     */
    public static ChatAdapters fromSettings(ProtocolBot bot, Settings settings, FeedbackStore feedback) {
        List<ChatAdapterMount> mounts = new ArrayList<>();
        List<BackgroundConnection> connections = new ArrayList<>();
        List<SurfaceHealth> health = new ArrayList<>();
        // With a shared database, every replica answers each Slack message and Teams activity once between them,
        // and counts each user's questions against one budget.
        SharedReplicaState shared = null;
        if (settings.databaseUrl().isPresent() && (settings.slackHttpEnabled() || settings.slackSocketModeEnabled()
                || settings.teamsEnabled())) {
            SharedReplicaState opened = SharedReplicaState.open(settings.databaseUrl().get());
            shared = opened;
            connections.add(new BackgroundConnection("Shared replica state (PROTOCOL_DATABASE_URL)", () -> { },
                    opened::close));
        }
        if (settings.slackHttpEnabled() || settings.slackSocketModeEnabled()) {
            // One adapter for both Slack modes, so a message is answered once whichever way it arrives.
            SlackAdapter slack = shared == null
                    ? new SlackAdapter(bot, settings, SlackEndpoints.from(settings), feedback)
                    : new SlackAdapter(bot, settings, SlackEndpoints.from(settings), feedback,
                            shared.guards(Surface.SLACK.adapter(), settings.questionsPerMinute()));
            health.add(slack.health());
            if (settings.slackHttpEnabled()) {
                mounts.add(new ChatAdapterMount("slack", "/slack/events", slack.eventsHandler()));
            }
            if (settings.slackSocketModeEnabled()) {
                connections.add(new BackgroundConnection("Slack Socket Mode", slack::startSocketMode, slack::stop));
            }
        }
        if (settings.teamsEnabled()) {
            mounts.add(new ChatAdapterMount("teams", "/api/messages",
                    (shared == null ? TeamsAdapter.create(bot, settings, feedback)
                            : TeamsAdapter.create(bot, settings, feedback,
                                    shared.guards(Surface.TEAMS_PERSONAL.adapter(), settings.questionsPerMinute())))
                            .messagesHandler()));
        }
        return new ChatAdapters(mounts, connections, health);
    }
}
