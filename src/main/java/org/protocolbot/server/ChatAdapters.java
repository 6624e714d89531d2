package org.protocolbot.server;

import java.util.ArrayList;
import java.util.List;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;

/**
 * The chat adapters a server hosts: webhook routes to mount and background connections to open. Built in one
 * place, {@link #fromSettings}, from the same switches {@link AdapterStatus} reports at start-up.
 *
 * @param mounts      webhook routes ({@code /slack/events}, {@code /api/messages})
 * @param connections connections the adapters open themselves (Slack Socket Mode)
 */
public record ChatAdapters(List<ChatAdapterMount> mounts, List<BackgroundConnection> connections) {

    public ChatAdapters {
        mounts = List.copyOf(mounts);
        connections = List.copyOf(connections);
    }

    public static ChatAdapters none() {
        return new ChatAdapters(List.of(), List.of());
    }

    /** The adapters the configuration switches on. Adapters are added here, and nowhere else in the server. */
    public static ChatAdapters fromSettings(ProtocolBot bot, Settings settings) {
        List<ChatAdapterMount> mounts = new ArrayList<>();
        List<BackgroundConnection> connections = new ArrayList<>();
        // ---- Chat adapter mounting point ----
        // Slack (settings.slackHttpEnabled() → POST /slack/events; settings.slackSocketModeEnabled() → Socket Mode)
        // and Teams (settings.teamsEnabled() → POST /api/messages) are mounted here once their packages land.
        // ---- end of mounting point ----
        return new ChatAdapters(mounts, connections);
    }
}
