package org.protocolbot.slack;

/**
 * A slash command as the user typed it: the command (e.g. {@code /protocol}, whatever the workspace named it) and
 * the text after it. The command becomes the prefix in help text, so help shows what this workspace types.
 */
record SlashCommandText(String command, String text) {

    static final String DEFAULT_COMMAND = "/protocol";

    SlashCommandText {
        command = command == null || command.isBlank() ? DEFAULT_COMMAND : command.strip();
        text = text == null ? "" : text.strip();
    }

    /** Reads back a command stored by {@link #asTyped()}. */
    static SlashCommandText parse(String typed) {
        String value = typed == null ? "" : typed.strip();
        if (!value.startsWith("/")) {
            return new SlashCommandText(DEFAULT_COMMAND, value);
        }
        String[] parts = value.split("\\s+", 2);
        return new SlashCommandText(parts[0], parts.length > 1 ? parts[1] : "");
    }

    String asTyped() {
        return text.isEmpty() ? command : command + " " + text;
    }

    String helpPrefix() {
        return command + " ";
    }
}
