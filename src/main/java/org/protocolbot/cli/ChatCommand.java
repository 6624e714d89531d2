package org.protocolbot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;
import picocli.CommandLine.Command;

@Command(name = "chat", description = "Interactive chat in the terminal (the default with no command).")
final class ChatCommand implements Runnable {

    @Override
    public void run() {
        PrintStream out = System.out;
        out.println("protocol-bot: loading the protocols and the local model…");
        Settings settings = CliContext.settings();
        ProtocolBot bot = ProtocolBot.load(settings);
        Optional<String> council = bot.resolveDefaultCouncil(settings);
        out.println(bot.chat().respond("help", council, "").text());
        out.println("Type a question, a clause like `leeds 7.4`, or `quit`.");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            while (true) {
                out.print("\n> ");
                out.flush();
                String line = in.readLine();
                if (line == null || line.strip().equalsIgnoreCase("quit") || line.strip().equalsIgnoreCase("exit")) {
                    return;
                }
                if (!line.isBlank()) {
                    out.println();
                    out.println(bot.chat().respond(line, council, "").text());
                }
            }
        } catch (IOException e) {
            throw new BadInputException("could not read from the terminal: " + e.getMessage());
        }
    }
}
