package org.protocolbot.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One council's entry in {@code knowledge/manifest.json}: who it is and how to read its source.
 *
 * @param id             short id used in commands and citations, e.g. {@code leeds}
 * @param name           display name, e.g. {@code Leeds City Council}
 * @param year           the year of the protocol version
 * @param source         source file name under {@code knowledge/sources/}
 * @param startPattern   regex of the first line of the protocol proper (wrapping committee reports come before it); empty means the file start
 * @param endPattern     regex of the first line after the protocol (appendices); empty means the file end
 * @param ignorePatterns regexes of lines that are page furniture in this source (headers, footers)
 * @param aliases        other names a user may call the council by, e.g. {@code kensington}
 */
public record Council(
        String id,
        String name,
        int year,
        String source,
        String startPattern,
        String endPattern,
        List<String> ignorePatterns,
        List<String> aliases,
        List<String> topicPins) {

    /** A pin is a clause number, then + or - and a topic id: {@code "6.3 +party-group-meetings"}. */
    public static final java.util.regex.Pattern PIN = java.util.regex.Pattern.compile("(\\S+)\\s+([+-])([a-z0-9][a-z0-9-]*)");

    public Council(String id, String name, int year, String source, String startPattern, String endPattern,
                   List<String> ignorePatterns, List<String> aliases) {
        this(id, name, year, source, startPattern, endPattern, ignorePatterns, aliases, List.of());
    }

    public Council {
        topicPins = topicPins == null ? List.of() : List.copyOf(topicPins);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        startPattern = startPattern == null ? "" : startPattern;
        endPattern = endPattern == null ? "" : endPattern;
        ignorePatterns = ignorePatterns == null ? List.of() : List.copyOf(ignorePatterns);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
