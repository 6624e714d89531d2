package org.protocolbot.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code knowledge/manifest.json}: the councils the bot knows, in the order it lists them. Read by hand from the
 * JSON tree rather than bound by Jackson, so that every mistake is reported the way an officer editing the file
 * sees it: the line and column of a syntax error, the council entry and field of a missing or wrong value, the
 * field and pattern of a bad regular expression, and the other council a clashing name belongs to.
 */
public record Manifest(List<Council> councils) {

    public static final String FILE_NAME = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("id", "name", "year", "source", "startPattern", "endPattern",
            "ignorePatterns", "aliases", "topicPins");

    public Manifest {
        councils = List.copyOf(councils);
        Set<String> ids = new HashSet<>();
        for (Council council : councils) {
            if (!council.id().matches("[a-z0-9][a-z0-9-]{0,40}")) {
                throw new IngestException(FILE_NAME + ": council id \"" + council.id()
                        + "\" must be lower-case letters, digits and hyphens");
            }
            if (!ids.add(council.id())) {
                throw new IngestException(FILE_NAME + ": council id \"" + council.id() + "\" appears twice");
            }
        }
    }

    public static Manifest read(InputStream in, String where) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String place = at == null ? where : where + ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new IngestException(place + ": not a valid manifest: JSON syntax error here ("
                    + e.getOriginalMessage().lines().findFirst().orElse("unreadable") + ")", e);
        } catch (IOException e) {
            throw new IngestException(where + ": unreadable (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject() || !root.has("councils")) {
            throw new IngestException(where + ": not a valid manifest: it must be an object with a \"councils\" list");
        }
        JsonNode list = root.get("councils");
        if (!list.isArray()) {
            throw new IngestException(where + ": not a valid manifest: \"councils\" must be a list of council entries");
        }
        if (list.isEmpty()) {
            throw new IngestException(where + ": lists no councils");
        }
        List<Council> councils = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            councils.add(council(list.get(i), new Entry(where, i, list.get(i))));
        }
        checkNames(where, councils);
        return new Manifest(councils);
    }

    /** Where a value sits, for messages: {@code manifest.json: council 3 ("rbkc"), field "source"}. */
    private record Entry(String where, int index, JsonNode node) {
        String at(String field) {
            JsonNode id = node.isObject() ? node.get("id") : null;
            String named = id != null && id.isTextual() ? " (\"" + id.asText() + "\")" : "";
            return where + ": council " + (index + 1) + named + (field == null ? "" : ", field \"" + field + "\"");
        }
    }

    private static Council council(JsonNode node, Entry entry) {
        if (!node.isObject()) {
            throw new IngestException(entry.at(null) + ": must be an object like {\"id\": ..., \"name\": ..., \"source\": ...}");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw new IngestException(entry.at(field) + ": unknown field; the fields are " + String.join(", ",
                        FIELDS.stream().sorted().toList()));
            }
        }
        String id = requiredText(node, "id", entry);
        if (!id.matches("[a-z0-9][a-z0-9-]{0,40}")) {
            throw new IngestException(entry.at("id") + ": \"" + id + "\" must be lower-case letters, digits and hyphens");
        }
        String name = requiredText(node, "name", entry);
        String source = requiredText(node, "source", entry);
        checkSource(source, entry);
        int year = 0;
        if (node.hasNonNull("year")) {
            if (!node.get("year").canConvertToInt() || !node.get("year").isIntegralNumber()) {
                throw new IngestException(entry.at("year") + ": must be a whole number such as 2024 (0 if unknown), not "
                        + node.get("year"));
            }
            year = node.get("year").intValue();
        }
        String start = optionalText(node, "startPattern", entry);
        String end = optionalText(node, "endPattern", entry);
        checkPattern(start, "startPattern", entry);
        checkPattern(end, "endPattern", entry);
        List<String> ignore = texts(node, "ignorePatterns", entry);
        ignore.forEach(p -> checkPattern(p, "ignorePatterns", entry));
        List<String> aliases = texts(node, "aliases", entry);
        List<String> pins = texts(node, "topicPins", entry);
        for (String pin : pins) {
            if (!Council.PIN.matcher(pin.strip()).matches()) {
                throw new IngestException(entry.at("topicPins") + ": \"" + pin + "\" is not a pin; write the clause number, "
                        + "a space, then + or - and a topic id, e.g. \"6.3 +party-group-meetings\"");
            }
        }
        return new Council(id, name, year, source, start, end, ignore, aliases, pins);
    }

    private static String requiredText(JsonNode node, String field, Entry entry) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IngestException(entry.at(field) + ": missing; every council needs id, name and source");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IngestException(entry.at(field) + ": must be a non-empty string, not " + value);
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String field, Entry entry) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isTextual()) {
            throw new IngestException(entry.at(field) + ": must be a string (\"\" for none), not " + value);
        }
        return value.asText();
    }

    private static List<String> texts(JsonNode node, String field, Entry entry) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (item.isTextual()) {
                    out.add(item.asText());
                    continue;
                }
                throw new IngestException(entry.at(field) + ": must be a list of strings, but holds " + item);
            }
            return out;
        }
        throw new IngestException(entry.at(field) + ": must be a list of strings such as [\"...\"], not " + value);
    }

    private static void checkPattern(String pattern, String field, Entry entry) {
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new IngestException(entry.at(field) + ": bad regular expression " + pattern + " ("
                    + e.getDescription() + (e.getIndex() >= 0 ? " near index " + e.getIndex() : "") + ")");
        }
    }

    /** A source is a file name inside {@code knowledge/sources/}; anything that leaves that folder is refused. */
    private static void checkSource(String source, Entry entry) {
        Path path;
        try {
            path = Path.of(source);
        } catch (RuntimeException e) {
            throw new IngestException(entry.at("source") + ": \"" + source + "\" is not a file name");
        }
        Path inside = Path.of("sources").resolve(path).normalize();
        if (path.isAbsolute() || source.startsWith("/") || source.startsWith("\\") || !inside.startsWith("sources")
                || inside.equals(Path.of("sources"))) {
            throw new IngestException(entry.at("source") + ": \"" + source + "\" is outside knowledge/sources/;"
                    + " copy the file into knowledge/sources/ and give its name");
        }
    }

    /** Every id and alias must point at one council only, or questions naming it would go to the wrong protocol. */
    private static void checkNames(String where, List<Council> councils) {
        Map<String, String> owner = new HashMap<>();
        for (Council council : councils) {
            List<String> names = new ArrayList<>();
            names.add(council.id());
            council.aliases().forEach(a -> names.add(a.strip().toLowerCase(Locale.ROOT)));
            for (String name : names) {
                String other = owner.putIfAbsent(name.toLowerCase(Locale.ROOT), council.id());
                if (other != null && !other.equals(council.id())) {
                    throw new IngestException(where + ": council \"" + council.id() + "\": the name \"" + name
                            + "\" is already the id or an alias of council \"" + other + "\"; give it to one council only");
                }
            }
        }
    }
}
