package org.protocolbot.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.protocolbot.cli.Main;

/**
 * Every {@code console} example in the README and docs/cli.md, run through the CLI in-process: the command's output
 * must hold the documented lines, in order, and its exit code must be the documented one. The convention is written
 * at the end of docs/cli.md.
 */
class DocsExamplesTest {

    static final List<Path> DOCS = List.of(Path.of("README.md"), Path.of("docs", "cli.md"));
    /** Commands that start a server, wait for input, write files or need an account: documented, never run here. */
    static final Set<String> NOT_RUN = Set.of("serve", "bench", "report", "ingest", "eval", "chat");
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```console\\n(.*?)^```");
    private static final Pattern EXIT = Pattern.compile("\\(exit code (\\d+)\\)");
    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Z_]+)=(\\S*)\\s+");
    private static final List<String> PREFIXES = List.of("protocol-bot ", "java -jar target/protocol-bot.jar ");

    record Example(Path file, String command, Map<String, String> env, List<String> args, List<String> expected,
            int exit) {
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedCommandGivesWhatTheDocsSay() throws IOException {
        List<Example> examples = new ArrayList<>();
        for (Path doc : DOCS) {
            List<Example> found = examples(doc);
            assertTrue(found.size() >= (doc.endsWith("cli.md") ? 10 : 2), doc + " has too few run examples: " + found);
            examples.addAll(found);
        }
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.file() + ": " + e.command(), () -> run(e)));
    }

    /** The examples at the end of every command's --help run too, and succeed. */
    @TestFactory
    Stream<DynamicTest> everyHelpExampleRuns() {
        List<String> commands = List.of("", "ask", "clause", "clauses", "chat", "compare", "ingest", "eval", "serve",
                "report", "bench");
        List<List<String>> examples = new ArrayList<>();
        for (String command : commands) {
            String[] help = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
            StringWriter out = new StringWriter();
            Main.run(help, Map.of(), new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                    new PrintWriter(new StringWriter(), true));
            out.toString().lines().filter(line -> line.startsWith("  protocol-bot "))
                    .map(line -> words(line.substring("  protocol-bot ".length())))
                    .filter(args -> !NOT_RUN.contains(args.get(0)))
                    .forEach(examples::add);
        }
        assertTrue(examples.size() >= 6, "help examples found: " + examples);
        return examples.stream().map(args -> DynamicTest.dynamicTest("protocol-bot " + String.join(" ", args), () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(args.toArray(String[]::new), Map.of(), new ByteArrayInputStream(new byte[0]),
                    new PrintWriter(out, true), new PrintWriter(err, true));
            assertEquals(0, exit, err.toString());
            assertTrue(out.toString().contains("clause"), "a real answer or clause: " + out);
        }));
    }

    static List<Example> examples(Path doc) throws IOException {
        List<Example> examples = new ArrayList<>();
        Matcher block = BLOCK.matcher(Files.readString(doc));
        while (block.find()) {
            String command = null;
            List<String> expected = new ArrayList<>();
            int exit = 0;
            for (String line : block.group(1).lines().toList()) {
                if (line.startsWith("$ ")) {
                    if (command != null) {
                        examples.add(example(doc, command, expected, exit));
                    }
                    command = line.substring(2);
                    expected = new ArrayList<>();
                    exit = 0;
                } else if (command == null) {
                    fail(doc + ": a console block must start with a $ command line: " + line);
                } else if (EXIT.matcher(line).matches()) {
                    Matcher m = EXIT.matcher(line);
                    m.matches();
                    exit = Integer.parseInt(m.group(1));
                } else {
                    expected.add(line);
                }
            }
            if (command != null) {
                examples.add(example(doc, command, expected, exit));
            }
        }
        return examples;
    }

    private static Example example(Path doc, String command, List<String> expected, int exit) {
        Map<String, String> env = new LinkedHashMap<>();
        String rest = command;
        Matcher assignment = ASSIGNMENT.matcher(rest);
        while (assignment.lookingAt()) {
            env.put(assignment.group(1), assignment.group(2));
            rest = rest.substring(assignment.end());
            assignment = ASSIGNMENT.matcher(rest);
        }
        String invocation = rest;
        String prefix = PREFIXES.stream().filter(invocation::startsWith).findFirst()
                .orElseThrow(() -> new AssertionError(doc + ": not a protocol-bot command: " + command));
        List<String> args = words(invocation.substring(prefix.length()));
        assertTrue(!args.isEmpty() && !NOT_RUN.contains(args.get(0)),
                doc + ": " + NOT_RUN + " cannot be run here; put such commands in a bash block: " + command);
        return new Example(doc, command, env, args, List.copyOf(expected), exit);
    }

    /** Shell words: spaces separate, single or double quotes group (no escapes needed in the docs). */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (c == ' ') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static void run(Example example) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // The documented output is what a newcomer sees at the default width, with no colour.
        int exit = Main.run(example.args().toArray(String[]::new), example.env(), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out, true), new PrintWriter(err, true));
        String printed = out + err.toString();
        assertEquals(example.exit(), exit, example.command() + " printed:\n" + printed);
        List<String> lines = printed.lines().toList();
        int at = 0;
        boolean skipping = false;
        for (String expected : example.expected()) {
            if (expected.equals("...")) {
                skipping = true;
                continue;
            }
            if (skipping) {
                while (at < lines.size() && !lines.get(at).equals(expected)) {
                    at++;
                }
            }
            if (at >= lines.size() || !lines.get(at).equals(expected)) {
                fail(example.file() + ": " + example.command() + "\nexpected the line: " + expected
                        + "\nafter line " + at + " of what it printed:\n" + printed);
            }
            at++;
            skipping = false;
        }
        if (!example.expected().isEmpty() && !skipping && !example.expected().get(example.expected().size() - 1).equals("...")) {
            assertEquals(lines.size(), at, example.command() + ": printed more than documented (end with ... to allow it):\n"
                    + printed);
        }
    }
}
