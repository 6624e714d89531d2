package org.protocolbot.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.protocolbot.app.Settings;
import org.protocolbot.app.UnknownCouncilException;
import org.protocolbot.corpus.IngestException;
import org.protocolbot.feedback.FeedbackStoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * {@code java -jar protocol-bot.jar [COMMAND]}. With no command, an interactive chat in the terminal.
 * Exit codes: 0 success, 2 bad input (one line on stderr), 1 a knowledge file or the environment is broken.
 */
@Command(name = "protocol-bot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Answers questions about councils' Protocol on Councillor/Officer Relations by quoting it.",
        footer = {"", "With no command: the chat in the terminal. Help on one command: protocol-bot COMMAND --help",
            "", "Examples:",
            "  protocol-bot",
            "  protocol-bot ask --council leeds \"Can officers refuse to attend a party group?\"",
            "  protocol-bot clause leeds 7.6",
            "", "Documentation: docs/cli.md and docs/configuration.md"},
        subcommands = {
            AskCommand.class,
            ClauseCommand.class,
            ClausesCommand.class,
            ChatCommand.class,
            CompareCommand.class,
            IngestCommand.class,
            EvalCommand.class,
            TuneCommand.class,
            ServeCommand.class,
            ReportCommand.class,
            BenchCommand.class,
        })
public final class Main implements Runnable {

    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_BROKEN = 1;

    /** Every command's help ends with this list, so a script author sees what each exit code means. */
    static final Map<String, String> EXIT_CODES = exitCodes();

    @Spec
    CommandSpec spec;

    private final Map<String, String> env;
    private final InputStream in;

    private Main(Map<String, String> env, InputStream in) {
        this.env = env;
        this.in = in;
    }

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
        return run(args, System.getenv(), System.in, out, err);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with the environment and the chat's input given. */
    public static int run(String[] args, Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main(env, in));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // Plain help text: the same bytes in a terminal, a pipe and the docs.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setUsageHelpWidth(TerminalStyle.detect(env).width());
        cli.setOut(out);
        cli.setErr(err);
        for (CommandLine command : everyCommand(cli)) {
            command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
            // So "ask --version" answers too, not only "protocol-bot --version".
            command.getCommandSpec().versionProvider(new VersionProvider());
        }
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("protocol-bot: " + explain(ex));
            return EXIT_BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException || ex instanceof UnknownCouncilException) {
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
        new ChatCommand().session(this, spec.commandLine().getOut(), null);
    }

    Settings settings() {
        return Settings.fromEnv(env);
    }

    Map<String, String> env() {
        return env;
    }

    InputStream in() {
        return in;
    }

    /**
     * One line saying what was wrong and what is valid: the commands for an unknown command, the options for an
     * unknown option, the usage line otherwise.
     */
    static String explain(ParameterException ex) {
        CommandLine command = ex.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String first = CliContext.printable(unmatched.getUnmatched().get(0));
            if (first.startsWith("-")) {
                return "unknown option \"" + first + "\" for " + name + "; options: " + options(command.getCommandSpec())
                        + " (see " + name + " --help)";
            }
            if (command.getParent() == null) {
                return "unknown command \"" + first + "\"; commands: "
                        + String.join(", ", command.getSubcommands().keySet()) + " (see protocol-bot --help)";
            }
            return "unexpected argument \"" + first + "\"; usage: " + synopsis(command) + " (see " + name + " --help)";
        }
        return lowerFirst(oneLine(ex.getMessage())) + "; usage: " + synopsis(command) + " (see " + name + " --help)";
    }

    private static String options(CommandSpec spec) {
        return spec.options().stream().map(OptionSpec::longestName).collect(Collectors.joining(", "));
    }

    private static String synopsis(CommandLine command) {
        return oneLine(command.getHelp().synopsis(0)).replaceFirst("^Usage: ", "");
    }

    private static String lowerFirst(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    static String oneLine(String message) {
        return message == null ? "error" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    private static List<CommandLine> everyCommand(CommandLine root) {
        List<CommandLine> all = new java.util.ArrayList<>(List.of(root));
        root.getSubcommands().values().forEach(sub -> all.addAll(everyCommand(sub)));
        return all;
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "Success.");
        codes.put("1", "A broken knowledge file, database or environment (named).");
        codes.put("2", "Bad input: one line on stderr naming what is valid.");
        return codes;
    }
}
