package org.protocolbot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Setting;
import org.protocolbot.app.Settings;
import org.protocolbot.corpus.ClauseCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"Interactive chat in the terminal (the default with no command): questions, clause numbers "
                + "like 6.3 or leeds 7.4, search WORDS, compare TOPIC, councils, help; quit to leave."},
        footer = {"", "Examples:", "  protocol-bot chat --council leeds", "  protocol-bot"})
final class ChatCommand implements Runnable {

    /** The terminal needs no prefix: the user types the chat command itself. */
    private static final String PREFIX = "";

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = "--council", paramLabel = "ID",
            description = "The council whose protocol answers (default: PROTOCOL_DEFAULT_COUNCIL, else every council).")
    String council;

    @Override
    public void run() {
        session(main, spec.commandLine().getOut(), council);
    }

    void session(Main main, PrintWriter out, String councilFlag) {
        Settings settings = main.settings();
        ClauseCorpus corpus = CliContext.corpus(settings);
        Optional<String> scope = CliContext.scope(corpus, councilFlag, settings);
        TerminalText terminal = new TerminalText(TerminalStyle.detect(main.env()));
        out.println("protocol-bot: loading the protocols and the local model…");
        out.flush();
        ProtocolBot bot = ProtocolBot.load(settings);
        out.println();
        out.println(terminal.wrap(councilLine(corpus, scope, councilFlag != null)));
        out.println();
        out.println(terminal.render(bot.chat().respond("help", scope, PREFIX)));
        out.println();
        out.println(terminal.wrap("Type a question, a clause like leeds 7.4, or quit."));
        try (BufferedReader in = new BufferedReader(new InputStreamReader(main.in(), StandardCharsets.UTF_8))) {
            while (true) {
                out.print("\n> ");
                out.flush();
                String line = in.readLine();
                if (line == null || line.strip().equalsIgnoreCase("quit") || line.strip().equalsIgnoreCase("exit")) {
                    out.println();
                    out.flush();
                    return;
                }
                if (!line.isBlank()) {
                    out.println();
                    out.println(terminal.render(bot.chat().respond(line, scope, PREFIX)));
                }
            }
        } catch (IOException e) {
            throw new BadInputException("could not read from the terminal: " + e.getMessage());
        }
    }

    /** Says which council answers and how to change it, so nobody mistakes another council's rule for theirs. */
    static String councilLine(ClauseCorpus corpus, Optional<String> scope, boolean fromFlag) {
        String setting = Setting.PROTOCOL_DEFAULT_COUNCIL.envName();
        if (scope.isEmpty()) {
            return "No council set: answers come from all councils (" + String.join(", ", corpus.councilIds())
                    + "). To answer for yours, start with: protocol-bot chat --council ID (or set " + setting + ").";
        }
        String id = scope.get();
        return "Council: " + corpus.councilName(id) + " (" + id + ", from " + (fromFlag ? "--council" : setting)
                + "). Questions and clause numbers use its protocol; name another council to ask about it, "
                + "or start with: protocol-bot chat --council ID to change it.";
    }
}
