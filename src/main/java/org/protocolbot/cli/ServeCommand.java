package org.protocolbot.cli;

import java.util.concurrent.Callable;
import org.protocolbot.app.Settings;
import org.protocolbot.server.BotServer;
import org.protocolbot.server.PortInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, footer = {"", "Example:", "  protocol-bot serve --port 8080"}, description = "Run the server: JSON API, try-it page at /, and the Slack/Teams adapters that are configured.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: $PORT or 8080).")
    Integer port;

    @Override
    public Integer call() throws Exception {
        if (port != null && (port < 0 || port > 65535)) {
            throw new BadInputException("--port must be between 0 and 65535");
        }
        Settings settings = CliContext.settings();
        int listenOn;
        try {
            listenOn = BotServer.portFrom(port, System.getenv());
            // Read now, so a mistyped budget stops serve with one line before the model loads.
            settings.questionsPerMinute();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        try {
            BotServer.serve(CliContext.bot(), settings, listenOn);
        } catch (PortInUseException e) {
            throw new BadInputException(e.getMessage());
        }
        return 0;
    }
}
