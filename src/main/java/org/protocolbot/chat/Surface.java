package org.protocolbot.chat;

/**
 * Where a conversation happens. The command language is the same everywhere; what differs is how a user invokes
 * the bot (which the help text must show as typed) and what the configured default council is called: only a
 * Slack install has a "workspace".
 */
public enum Surface {
    /** {@code /protocol 6.3} (whatever the workspace named the command), or {@code @protocol-bot 6.3}. */
    SLACK("/protocol ", "slack"),
    /** A personal chat with the bot in Teams: every message reaches it, so commands are typed bare. */
    TEAMS_PERSONAL("", "teams"),
    /** A Teams channel or group chat: Teams delivers only messages that @mention the bot. */
    TEAMS_CHANNEL("@protocol-bot ", "teams"),
    /** The try-it page's question box and the JSON API. */
    WEB("", "web"),
    /** {@code protocol-bot chat} in a terminal. */
    TERMINAL("", "cli");

    private final String defaultPrefix;
    private final String adapter;

    Surface(String defaultPrefix, String adapter) {
        this.defaultPrefix = defaultPrefix;
        this.adapter = adapter;
    }

    /** How a user invokes the bot here when the surface knows no better (its command or mention name). */
    public String defaultPrefix() {
        return defaultPrefix;
    }

    /** The surface's name in the feedback store and the question log. */
    public String adapter() {
        return adapter;
    }

    /** Only Slack installs into a workspace; elsewhere the default council is simply the one in use. */
    boolean hasWorkspace() {
        return this == SLACK;
    }
}
