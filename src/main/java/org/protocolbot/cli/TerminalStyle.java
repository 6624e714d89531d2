package org.protocolbot.cli;

import java.util.Map;

/**
 * How the terminal shows text: its width, and whether it takes ANSI bold.
 *
 * @param width columns to wrap at (from {@code COLUMNS}, else 80)
 * @param ansi  bold with ANSI escapes; otherwise the answering sentence gets visible {@code »…«} marks
 */
record TerminalStyle(int width, boolean ansi) {

    static final int DEFAULT_WIDTH = 80;
    /** Narrower than this, wrapping would put every word on its own line: treat as unknown. */
    static final int MIN_WIDTH = 20;

    /**
     * From the environment: {@code COLUMNS} (shells export it to child processes only sometimes, so 80 otherwise);
     * bold only on a terminal and when {@code NO_COLOR} (https://no-color.org) is unset or empty.
     */
    static TerminalStyle detect(Map<String, String> env, boolean stdoutIsTerminal) {
        int width = DEFAULT_WIDTH;
        String columns = env.get("COLUMNS");
        if (columns != null) {
            try {
                int parsed = Integer.parseInt(columns.strip());
                width = parsed >= MIN_WIDTH ? parsed : DEFAULT_WIDTH;
            } catch (NumberFormatException e) {
                // An odd COLUMNS is not worth an error: the fallback width reads fine.
            }
        }
        String noColor = env.get("NO_COLOR");
        return new TerminalStyle(width, stdoutIsTerminal && (noColor == null || noColor.isEmpty()));
    }

    /** Java 17's console exists only when both stdin and stdout are a terminal: never bold into a pipe or file. */
    static TerminalStyle detect(Map<String, String> env) {
        return detect(env, System.console() != null);
    }
}
