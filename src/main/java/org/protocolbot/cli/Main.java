package org.protocolbot.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.protocolbot.corpus.IngestException;
import org.protocolbot.feedback.FeedbackStoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar protocol-bot.jar [COMMAND]}. With no command, an interactive chat in the terminal.
 * Exit codes: 0 success, 2 bad input (one line on stderr), 1 a knowledge file or the environment is broken.
 */
@Command(name = "protocol-bot",
        mixinStandardHelpOptions = true,
        version = "protocol-bot 0.1.0",
        description = "Answers questions about councils' Protocol on Councillor/Officer Relations by quoting it.",
        subcommands = {
            AskCommand.class,
            ClauseCommand.class,
            ClausesCommand.class,
            IngestCommand.class,
            EvalCommand.class,
            TuneCommand.class,
            ChatCommand.class,
            CompareCommand.class,
            ServeCommand.class,
            ReportCommand.class,
            BenchCommand.class,
        })
public final class Main implements Runnable {

    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_BROKEN = 1;

    public static void main(String[] args) {
        // Clause text is full of curly quotes and dashes: print UTF-8 whatever the machine's locale says,
        // or a server with no LANG set would turn "–" into "?" in quotes and JSON.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs the CLI with the given streams; tests call this instead of {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("protocol-bot: " + oneLine(ex.getMessage()) + " (see --help)");
            return EXIT_BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException) {
                err.println("protocol-bot: " + oneLine(ex.getMessage()));
                return EXIT_BAD_INPUT;
            }
            if (ex instanceof IngestException || ex instanceof FeedbackStoreException) {
                err.println("protocol-bot: " + oneLine(ex.getMessage()));
                return EXIT_BROKEN;
            }
            err.println("protocol-bot: unexpected error: " + oneLine(String.valueOf(ex.getMessage())));
            return EXIT_BROKEN;
        });
        return cli.execute(args);
    }

    /** No command: the terminal chat, so a newcomer can try the bot at once. */
    @Override
    public void run() {
        new ChatCommand().run();
    }

    static String oneLine(String message) {
        return message == null ? "error" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
