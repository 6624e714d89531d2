package org.protocolbot.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One in-process run of the CLI with a given environment and chat input; what it printed and its exit code. */
public record CliRun(int exit, String out, String err) {

    static CliRun withInput(Map<String, String> env, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, env, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(exit, out.toString(), err.toString());
    }

    static CliRun run(Map<String, String> env, String... args) {
        return withInput(env, "", args);
    }

    public static CliRun run(String... args) {
        return withInput(Map.of(), "", args);
    }
}
