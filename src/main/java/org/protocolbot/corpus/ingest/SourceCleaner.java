package org.protocolbot.corpus.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.protocolbot.corpus.Council;
import org.protocolbot.corpus.IngestException;

/**
 * First ingest pass: cuts a source down to the protocol proper and strips conversion debris line by line
 * (tracked-change notes, struck-through text, markdown, page furniture, footnotes), joining wrapped lines into
 * logical lines. Structure (sections, clauses, sub-points) is the {@link ClauseParser}'s job.
 */
final class SourceCleaner {

    /** The cleaned protocol: logical lines in order, and footnote texts by footnote number. */
    record CleanSource(List<SourceLine> lines, Map<String, String> footnotes) {
    }

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    // A word boundary cannot follow "]" or ")" when a colon or space comes next, so those names end with a look-behind.
    private static final Pattern TRACKED_CHANGE = Pattern.compile(
            "^(Formatted|Deleted|Inserted|Commented|Comment \\[[^\\]]*\\]|Moved \\((?:from|to)\\)|Field Code Changed)"
                    + "(?:(?<=[\\])])|\\b)[^:]{0,40}:.*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(Page \\d+( of \\d+)?|\\d{1,3})$", Pattern.CASE_INSENSITIVE);
    /** Page numbers in the other styles word processors print: "- 3 -", "Page | 5", "4 | P a g e". */
    private static final Pattern STYLED_PAGE_NUMBER = Pattern.compile(
            "^([-–—]\\s*\\d{1,3}\\s*[-–—]|Page\\s*\\|\\s*\\d{1,3}|\\d{1,3}\\s*\\|\\s*P\\s?a\\s?g\\s?e)$", Pattern.CASE_INSENSITIVE);
    /** A footer that ends with the page count: "Issue 3 – October 2020 Page 6 of 12". */
    private static final Pattern PAGE_FOOTER = Pattern.compile("^.{1,80}\\s(Page|Pg\\.?)\\s*\\d{1,3}\\s*(of|/)\\s*\\d{1,3}$", Pattern.CASE_INSENSITIVE);
    /** A table-of-contents entry: a title, a dotted (or tab) leader, a page number. */
    private static final Pattern TOC_ENTRY = Pattern.compile("^\\S.*?(\\.{3,}|…+|(\\s\\.){3,}|\\t+)\\s*\\d{1,3}$");
    private static final Pattern TOC_TITLE = Pattern.compile("^(Table of )?Contents:?$", Pattern.CASE_INSENSITIVE);
    /** A clause number alone on its line, its text on the next: "8.1" or "3.". A bare "3" is a page number. */
    private static final Pattern LONE_NUMBER = Pattern.compile("^(\\d{1,2}(\\.\\d{1,2}){1,2}\\.?|\\d{1,2}\\.)$");
    private static final Pattern FOOTNOTE_DEFINITION = Pattern.compile("^([" + SUPERSCRIPTS + "]+)\\s*(\\S.*)$");
    private static final Pattern EDITORIAL_NOTE = Pattern.compile("^\\[[^\\]]*\\]$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-•]\\s+(.*)$");
    private static final Pattern NEW_ITEM = Pattern.compile("^\\s*(#+\\s*)?(\\((?:[a-z]{1,2}|[ivx]{1,5})\\)\\s|[-•]\\s|[0-9]{1,2}(\\.[0-9]{1,2})*\\.?\\s|[IVX]{1,4}\\.\\d*\\s?)");
    private static final Pattern STRUCK = Pattern.compile("~~.*?~~");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*(?!\\s)([^*]+?)(?<!\\s)\\*(?![\\w*])");
    private static final Pattern FOOTNOTE_MARKER = Pattern.compile("[" + SUPERSCRIPTS + "]+");
    private static final Pattern WORD_BULLET_GLYPH = Pattern.compile("^o\\s+(?=\\p{Ll})");
    private static final int FURNITURE_MAX_LENGTH = 60;
    // A longer line is a running header only when it repeats on several pages and is not a sentence.
    private static final int LONG_FURNITURE_REPEATS = 3;

    private final Council council;
    private final IngestReport report;

    SourceCleaner(Council council, IngestReport report) {
        this.council = council;
        this.report = report;
    }

    CleanSource clean(List<String> raw) {
        int start = findStart(raw);
        int end = findEnd(raw, start);
        if (start > 0) {
            count("wrapping report lines before the protocol", countNonBlank(raw, 0, start));
        }
        if (end < raw.size()) {
            count("appendix lines after the protocol", countNonBlank(raw, end, raw.size()));
        }
        List<Pattern> ignore = council.ignorePatterns().stream().map(Pattern::compile).toList();
        Map<String, Integer> repeats = repeatedShortLines(raw, start, end);
        Map<String, String> footnotes = new LinkedHashMap<>();
        List<SourceLine> lines = new ArrayList<>();
        LineBuilder current = null;

        String[] debris = new String[end - start];
        Kind[] kinds = classify(raw, start, end, ignore, repeats, debris);
        String lastFootnote = null;
        for (int i = start; i < end; i++) {
            int lineNo = i + 1;
            String physical = raw.get(i).replace('\u00A0', ' ').stripTrailing();
            String trimmed = physical.strip();
            switch (kinds[i - start]) {
                case BLANK -> current = current != null && current.loneNumber() ? current : flush(current, lines);
                case DEBRIS -> {
                    current = current != null && current.loneNumber() ? current : flush(current, lines);
                    count(debris[i - start], 1);
                }
                case FOOTNOTE -> {
                    current = flush(current, lines);
                    Matcher footnote = FOOTNOTE_DEFINITION.matcher(trimmed);
                    if (footnote.matches()) {
                        lastFootnote = superscriptDigits(footnote.group(1));
                        footnotes.put(lastFootnote, inline(footnote.group(2), new ArrayList<>()));
                        count("footnote texts (kept as clause notes)", 1);
                    } else if (lastFootnote != null) {
                        // A footnote that runs over a page break: its second half sits between footnotes.
                        footnotes.merge(lastFootnote, inline(trimmed, new ArrayList<>()), (a, b) -> a + " " + b);
                    }
                }
                case CONTENT -> {
                    if (current != null && current.loneNumber()) {
                        // "8.1" on its own line: the text that follows is the clause.
                        count("clause numbers on their own line (joined to the text that follows)", 1);
                        current.append(trimmed, lineNo);
                    } else if (current != null && !NEW_ITEM.matcher(physical).find() && !LONE_NUMBER.matcher(trimmed).matches()) {
                        current.append(trimmed, lineNo);
                    } else {
                        current = flush(current, lines);
                        current = new LineBuilder(physical, lineNo);
                    }
                }
            }
        }
        flush(current, lines);
        return new CleanSource(List.copyOf(lines), Map.copyOf(footnotes));
    }

    private enum Kind { BLANK, DEBRIS, FOOTNOTE, CONTENT }

    /**
     * Classifies each physical line. A plain paragraph that sits between a footnote and the next footnote or page
     * furniture is the rest of a footnote broken by a page, not protocol text.
     */
    private Kind[] classify(List<String> raw, int start, int end, List<Pattern> ignore, Map<String, Integer> repeats,
            String[] debris) {
        Kind[] kinds = new Kind[end - start];
        for (int i = start; i < end; i++) {
            String trimmed = raw.get(i).replace('\u00A0', ' ').strip();
            debris[i - start] = trimmed.isEmpty() ? null : debrisKind(trimmed, ignore, repeats, standsAlone(raw, kinds, start, end, i));
            kinds[i - start] = trimmed.isEmpty() ? Kind.BLANK
                    : debris[i - start] != null ? Kind.DEBRIS
                    : FOOTNOTE_DEFINITION.matcher(trimmed).matches() ? Kind.FOOTNOTE
                    : Kind.CONTENT;
        }
        for (int i = 0; i < kinds.length; i++) {
            // "Contents" is a heading of the table of contents only when table entries follow it.
            if (kinds[i] == Kind.CONTENT && TOC_TITLE.matcher(raw.get(start + i).strip()).matches()
                    && neighbourIndex(kinds, i + 1) >= 0 && "table of contents lines".equals(debris[neighbourIndex(kinds, i + 1)])) {
                kinds[i] = Kind.DEBRIS;
                debris[i] = "table of contents lines";
            }
        }
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] != Kind.CONTENT || NEW_ITEM.matcher(raw.get(start + i)).find()) {
                continue;
            }
            int paragraphEnd = i;
            while (paragraphEnd + 1 < kinds.length && kinds[paragraphEnd + 1] == Kind.CONTENT) {
                paragraphEnd++;
            }
            Kind before = neighbour(kinds, i - 1, -1);
            Kind after = neighbour(kinds, paragraphEnd + 1, 1);
            if (before == Kind.FOOTNOTE && (after == Kind.FOOTNOTE || after == Kind.DEBRIS)) {
                for (int k = i; k <= paragraphEnd; k++) {
                    kinds[k] = Kind.FOOTNOTE;
                }
            }
            i = paragraphEnd;
        }
        return kinds;
    }

    private static int neighbourIndex(Kind[] kinds, int from) {
        for (int i = from; i < kinds.length; i++) {
            if (kinds[i] != Kind.BLANK) {
                return i;
            }
        }
        return -1;
    }

    private static Kind neighbour(Kind[] kinds, int from, int step) {
        for (int i = from; i >= 0 && i < kinds.length; i += step) {
            if (kinds[i] != Kind.BLANK) {
                return kinds[i];
            }
        }
        return Kind.BLANK;
    }

    private LineBuilder flush(LineBuilder builder, List<SourceLine> out) {
        if (builder != null) {
            SourceLine line = builder.build();
            if (!line.text().isEmpty()) {
                out.add(line);
            }
        }
        return null;
    }

    /** Accumulates the physical lines of one logical line. */
    private final class LineBuilder {
        private final int firstLine;
        private final int indent;
        private final boolean bullet;
        private final StringBuilder text = new StringBuilder();
        private int lastLine;

        LineBuilder(String physical, int lineNo) {
            Matcher m = BULLET.matcher(physical);
            this.firstLine = lineNo;
            this.lastLine = lineNo;
            this.bullet = m.matches();
            this.indent = leadingSpaces(physical);
            text.append(bullet ? m.group(2).strip() : physical.strip());
        }

        /** Whether this logical line so far is only a clause number, waiting for its text on the next line. */
        boolean loneNumber() {
            return LONE_NUMBER.matcher(text).matches();
        }

        void append(String more, int lineNo) {
            text.append(' ').append(more);
            lastLine = lineNo;
        }

        SourceLine build() {
            List<String> refs = new ArrayList<>();
            String cleaned = inline(text.toString(), refs);
            cleaned = WORD_BULLET_GLYPH.matcher(cleaned).replaceFirst("");
            return new SourceLine(firstLine, lastLine, indent, bullet, cleaned, List.copyOf(refs));
        }
    }

    /** Removes inline debris; collects footnote numbers referenced by superscript markers. */
    private String inline(String text, List<String> footnoteRefs) {
        String out = text;
        out = replaceCounting(STRUCK, out, "", "struck-through (deleted) text");
        if (out.startsWith("#")) {
            count("markdown heading marks", 1);
            out = out.replaceFirst("^#+\\s*", "");
        }
        if (out.contains("**")) {
            count("bold markers (tracked insertions kept as text)", 1);
            out = out.replace("**", "");
        }
        out = replaceCounting(HTML_TAG, out, "", "HTML tags");
        out = replaceCounting(LINK, out, "$1", "markdown links");
        out = replaceCounting(ITALIC, out, "$1", "italic markers");
        Matcher marker = FOOTNOTE_MARKER.matcher(out);
        StringBuilder withoutMarkers = new StringBuilder();
        while (marker.find()) {
            footnoteRefs.add(superscriptDigits(marker.group()));
            count("footnote markers", 1);
            marker.appendReplacement(withoutMarkers, "");
        }
        marker.appendTail(withoutMarkers);
        return withoutMarkers.toString().replaceAll("[ \\t]+", " ").replaceAll(" ([,.;:])", "$1").strip();
    }

    private String replaceCounting(Pattern pattern, String text, String replacement, String kind) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        count(kind, 1);
        return m.replaceAll(replacement);
    }

    /**
     * Whether a line is a paragraph of its own (blank or furniture above and below). Only such a line can be a
     * repeated running header: the last words of a wrapped paragraph ("the council.") may repeat too.
     */
    private static boolean standsAlone(List<String> raw, Kind[] kinds, int start, int end, int i) {
        boolean above = i == start || kinds[i - 1 - start] == Kind.BLANK || kinds[i - 1 - start] == Kind.DEBRIS;
        String next = i + 1 < end ? raw.get(i + 1).replace('\u00A0', ' ').strip() : "";
        boolean below = next.isEmpty() || PAGE_NUMBER.matcher(next).matches() || STYLED_PAGE_NUMBER.matcher(next).matches();
        return above && below;
    }

    private String debrisKind(String trimmed, List<Pattern> ignore, Map<String, Integer> repeats, boolean standsAlone) {
        if (TRACKED_CHANGE.matcher(trimmed).matches()) {
            return "tracked-change notes";
        }
        if (PAGE_NUMBER.matcher(trimmed).matches() || STYLED_PAGE_NUMBER.matcher(trimmed).matches()) {
            return "page numbers";
        }
        if (ignore.stream().anyMatch(p -> p.matcher(trimmed).find())) {
            return "page headers and footers (manifest)";
        }
        if (TOC_ENTRY.matcher(trimmed).matches()) {
            return "table of contents lines";
        }
        if (PAGE_FOOTER.matcher(trimmed).matches()) {
            return "page footers with a page count";
        }
        int repeated = repeats.getOrDefault(trimmed, 0);
        if (standsAlone && (trimmed.length() <= FURNITURE_MAX_LENGTH ? repeated > 1
                : repeated >= LONG_FURNITURE_REPEATS && !trimmed.matches(".*[.;:,!?]$"))) {
            return "page headers and footers (repeated lines)";
        }
        if (EDITORIAL_NOTE.matcher(trimmed).matches()) {
            return "editorial notes";
        }
        return null;
    }

    /**
     * Short lines that stand alone more than once are running page headers ("Protocol on Member/Officer Relations").
     * Numbered lines and list items never count: those are content even when they repeat.
     */
    private static Map<String, Integer> repeatedShortLines(List<String> raw, int start, int end) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = start; i < end; i++) {
            String t = raw.get(i).strip();
            if (!t.isEmpty() && !NEW_ITEM.matcher(t).find()) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        return counts;
    }

    private int findStart(List<String> raw) {
        if (council.startPattern().isEmpty()) {
            return 0;
        }
        Pattern p = Pattern.compile(council.startPattern());
        for (int i = 0; i < raw.size(); i++) {
            if (p.matcher(raw.get(i).strip()).find()) {
                return i;
            }
        }
        throw new IngestException(council.source() + ": startPattern " + council.startPattern() + " matches no line");
    }

    private int findEnd(List<String> raw, int start) {
        if (council.endPattern().isEmpty()) {
            return raw.size();
        }
        Pattern p = Pattern.compile(council.endPattern());
        for (int i = start + 1; i < raw.size(); i++) {
            if (p.matcher(raw.get(i).strip()).find()) {
                return i;
            }
        }
        throw new IngestException(council.source() + ": endPattern " + council.endPattern() + " matches no line");
    }

    private void count(String kind, int n) {
        for (int i = 0; i < n; i++) {
            report.debris(council.id(), kind);
        }
    }

    private static int countNonBlank(List<String> raw, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!raw.get(i).isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static int leadingSpaces(String s) {
        int n = 0;
        while (n < s.length() && s.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String superscriptDigits(String superscripts) {
        StringBuilder out = new StringBuilder();
        for (char c : superscripts.toCharArray()) {
            out.append(SUPERSCRIPTS.indexOf(c));
        }
        return out.toString();
    }
}
