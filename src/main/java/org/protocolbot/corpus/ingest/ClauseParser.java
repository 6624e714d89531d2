package org.protocolbot.corpus.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.ClauseNumbers;
import org.protocolbot.corpus.Council;
import org.protocolbot.corpus.IngestException;

/**
 * Second ingest pass: reads the cleaned lines of one protocol as sections and clauses. Numbers are taken as the
 * protocol gives them and repaired only from the sequence: a look-alike letter ({@code I.05}), a number from the
 * previous section ({@code 5.1} under section 6), or a clause whose number the conversion lost. Every repair is
 * reported with its line number.
 */
final class ClauseParser {

    private static final Pattern HEADING = Pattern.compile("^(\\d{1,2}|[IVX]{1,4})(?:\\.0)?\\.?\\s+(\\S.*)$");
    private static final Pattern CLAUSE = Pattern.compile("^([0-9Il]{1,2}\\.[0-9O]{1,2}(?:\\.[0-9]{1,2})?)\\.?\\s+(\\S.*)$");
    /** "Section 3 – Gifts", "PART 8: Protocol", "Part VIII"; the title may be empty. */
    private static final Pattern WORD_HEADING = Pattern.compile(
            "^(?:Section|SECTION|Part|PART)\\s+(\\d{1,2}|[IVX]{1,4})\\b(?:\\.0)?\\.?\\s*(?:[-–—:]\\s*)?(.*)$");
    /** A paragraph numbered within its section, restarting at 1 in each: "1. text", "2) text". */
    private static final Pattern SECTION_PARAGRAPH = Pattern.compile("^(\\d{1,2})[.)]\\s+(\\S.*)$");
    /** A lettered sub-point, the only numbering some sections have: "(a) text". */
    private static final Pattern LETTER = Pattern.compile("^\\(([a-z])\\)\\s");
    private static final Pattern LABEL = Pattern.compile("^\\((?:[a-z]{1,2}|[0-9]{1,2}|[ivx]{1,5})\\)\\s");
    private static final Pattern EDITORIAL_IN_HEADING = Pattern.compile("\\s*\\((?:n\\.?b\\.?|note)[^)]*\\)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> JOINING_WORDS = Set.of("and", "or", "nor", "but");
    private static final int MAX_HEADING_LENGTH = 100;
    private static final int MAX_LONG_HEADING_LENGTH = 250;
    private static final int MAX_SUBHEADING_LENGTH = 80;
    private static final int MAX_SECTION_SKIP = 3;

    private enum Part { BODY, SUBPOINT, PARAGRAPH }

    private final Council council;
    private final IngestReport report;
    private final List<Clause> clauses = new ArrayList<>();
    private final Set<String> usedNumbers = new HashSet<>();
    private final Map<String, Integer> firstLines = new java.util.HashMap<>();
    private String pendingTitle = "";
    private boolean hasClauseNumbers;
    private List<SourceLine> lines;
    private Map<String, String> footnotes;
    private Section section;
    private ClauseBuilder clause;

    ClauseParser(Council council, IngestReport report) {
        this.council = council;
        this.report = report;
    }

    List<Clause> parse(SourceCleaner.CleanSource source) {
        this.lines = source.lines();
        this.footnotes = source.footnotes();
        // Sub-points stay with their paragraph when the protocol numbers its clauses; only a protocol whose one
        // numbering is (a), (b), ... gets them cited one by one.
        this.hasClauseNumbers = lines.stream().anyMatch(l -> CLAUSE.matcher(l.text()).matches());
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            Optional<Heading> heading = heading(line, i);
            if (heading.isPresent()) {
                closeSection();
                section = new Section(heading.get().number(), heading.get().title(), line.footnoteRefs());
                section.headingLine = line.firstLine();
                Matcher note = EDITORIAL_IN_HEADING.matcher(line.text());
                if (note.find()) {
                    report.finding(council.id(), line.firstLine(), "editorial note dropped from the heading: " + note.group().strip());
                }
                continue;
            }
            Matcher numbered = CLAUSE.matcher(line.text());
            if (section == null && numbered.matches()) {
                // Numbering that starts anywhere (8.1: the protocol is part 8 of a constitution) with no heading above.
                int major = ClauseNumbers.parts(ClauseNumbers.digits(numbered.group(1)))[0];
                report.warning(council.id(), line.firstLine(), "clause " + numbered.group(1) + " comes before any section heading;"
                        + " its section is named \"Section " + major + "\" (give it a heading line such as \"Part " + major + " Title\")");
                section = new Section(major, "Section " + major, List.of());
                section.subheading = pendingTitle;
            }
            if (section == null) {
                report.finding(council.id(), line.firstLine(), "text before the first section heading ignored (title): " + shorten(line.text()));
                pendingTitle = isTitleLike(line.text(), MAX_SUBHEADING_LENGTH) ? line.text() : "";
                continue;
            }
            Matcher restart = SECTION_PARAGRAPH.matcher(line.text());
            if (numbered.matches()) {
                String printed = numbered.group(1);
                String number = ClauseNumbers.digits(printed);
                if (!number.equals(printed)) {
                    report.finding(council.id(), line.firstLine(), "clause number " + printed + " read as " + number);
                }
                openClause(resolveNumber(number, line, i), numbered.group(2), line);
            } else if (restart.matches() && !line.bullet() && restartsInSection(restart.group(1))) {
                String number = section.number + "." + restart.group(1);
                if (usedNumbers.contains(number) || clause != null && clause.number.equals(number)) {
                    throw duplicate(number, line);
                }
                openClause(number, restart.group(2), line);
            } else if (isSubheading(line, i)) {
                closeClause();
                section.subheading = line.text().replaceAll(":$", "");
                section.subheadingIndex = i;
            } else if (clause == null) {
                section.firstLine = section.firstLine == 0 ? line.firstLine() : section.firstLine;
                section.lastLine = line.lastLine();
                section.preamble.add(formatted(line));
                section.preambleRefs.addAll(line.footnoteRefs());
            } else {
                attach(line, i);
            }
        }
        closeSection();
        return List.copyOf(clauses);
    }

    /** Places an unnumbered line inside the current clause, or recognises a clause that lost its number. */
    private void attach(SourceLine line, int index) {
        String text = line.text();
        String last = clause.lastText();
        clause.refs.addAll(line.footnoteRefs());
        clause.lastLine = line.lastLine();
        if (LABEL.matcher(text).find() || (line.bullet() && line.indent() > 0)) {
            clause.add(formatted(line), Part.SUBPOINT);
        } else if (!endsSentenceOrItem(last) && (!line.bullet() || Character.isLowerCase(text.charAt(0)))) {
            // A sentence broken by a page or column break: the rest belongs on the same line.
            clause.join(text);
        } else if (line.bullet() && isMissingClause(line, index)) {
            String number = nextInSequence(clause.number);
            report.finding(council.id(), line.firstLine(), "clause without a number; numbered " + number + " from the sequence");
            openClause(number, text, line);
        } else {
            clause.add(formatted(line), line.bullet() ? Part.SUBPOINT : Part.PARAGRAPH);
        }
    }

    /**
     * An unnumbered top-level list item that starts a sentence after a finished clause body is a clause whose
     * number was lost, if the numbering leaves room for it (the next numbered clause of the section skips a number)
     * or no numbered clause follows in this section.
     */
    private boolean isMissingClause(SourceLine line, int index) {
        if (line.indent() > 0 || clause.lastPart != Part.BODY || !clause.lastText().endsWith(".")
                || !Character.isUpperCase(line.text().charAt(0))) {
            return false;
        }
        for (int j = index + 1; j < lines.size(); j++) {
            SourceLine next = lines.get(j);
            if (heading(next, j).isPresent()) {
                return true;
            }
            Matcher numbered = CLAUSE.matcher(next.text());
            if (numbered.matches()) {
                int[] nextParts = ClauseNumbers.parts(ClauseNumbers.digits(numbered.group(1)));
                int[] currentParts = ClauseNumbers.parts(clause.number);
                return nextParts.length == 2 && currentParts.length == 2 && nextParts[1] > currentParts[1] + 1;
            }
        }
        return true;
    }

    private String resolveNumber(String number, SourceLine line, int index) {
        String resolved = number;
        int major = ClauseNumbers.parts(number)[0];
        if (major < section.number) {
            resolved = section.number + number.substring(number.indexOf('.'));
            report.finding(council.id(), line.firstLine(), "clause number " + number + " is out of sequence in section "
                    + section.number + "; repaired to " + resolved);
        } else if (major > section.number) {
            report.finding(council.id(), line.firstLine(), "clause " + number + " starts section " + major
                    + ", which has no heading in the source");
            if (clause != null && !endsSentenceOrItem(clause.lastText())) {
                report.warning(council.id(), clause.lastLine, "the end of clause " + clause.number + " may be the heading of section "
                        + major + " glued to it: \"" + tail(clause.lastText()) + "\" (put the heading on its own line)");
            }
            // An unnumbered line just above the clause was read as a sub-heading of the old section: it heads the new one.
            String heading = clause == null && !section.subheading.isEmpty() && section.subheadingIndex == index - 1
                    ? section.subheading : "Section " + major;
            if (!heading.equals("Section " + major)) {
                report.warning(council.id(), line.firstLine(), "the line above clause " + number + ", \"" + shorten(heading)
                        + "\", is read as the heading of section " + major + " (number the heading to make it certain)");
            }
            closeSection();
            section = new Section(major, heading, List.of());
        }
        if (usedNumbers.contains(resolved) || clause != null && clause.number.equals(resolved)) {
            throw duplicate(resolved, line);
        }
        return resolved;
    }

    /** Two clauses with one number cannot both be cited: refuse, naming both places. */
    private IngestException duplicate(String number, SourceLine line) {
        int first = clause != null && clause.number.equals(number) ? clause.firstLine : firstLines.getOrDefault(number, 0);
        return new IngestException(council.source() + ":" + line.firstLine() + ": clause number " + number
                + " appears twice (first at line " + first + ", again at line " + line.firstLine() + ")."
                + " A table of contents or a repeated page can cause this: remove the copy, or add an ignorePatterns"
                + " entry for it in the manifest.");
    }

    /**
     * "3." inside section 2 is the section's own paragraph 3 when the section has no x.y clauses of its own and the
     * number follows on from the last paragraph (1 after the heading, or one more than the previous).
     */
    private boolean restartsInSection(String paragraph) {
        int n = Integer.parseInt(paragraph);
        boolean follows = section.lastParagraph == 0 ? n == 1 && !section.opened : n == section.lastParagraph + 1;
        if (follows) {
            section.lastParagraph = n;
        }
        return follows;
    }

    private void openClause(String number, String body, SourceLine line) {
        closeClause();
        clause = new ClauseBuilder(number, line.firstLine(), line.lastLine());
        clause.add(body, Part.BODY);
        clause.refs.addAll(line.footnoteRefs());
        if (!section.opened) {
            // Text between a heading and the first clause is a note on the section: keep it with the first clause.
            section.opened = true;
            clause.notes.addAll(section.preamble.isEmpty() ? List.of() : List.of(String.join("\n", section.preamble)));
            clause.refs.addAll(section.preambleRefs);
            clause.refs.addAll(section.headingRefs);
            section.preamble.clear();
        }
    }

    private void closeClause() {
        if (clause == null) {
            return;
        }
        usedNumbers.add(clause.number);
        firstLines.putIfAbsent(clause.number, clause.firstLine);
        clauses.add(new Clause(council.id(), clause.number, String.valueOf(section.number), section.heading,
                clause.subheading(section), String.join("\n", clause.lines), clause.allNotes(), clause.firstLine,
                clause.lastLine));
        clause = null;
    }

    private void closeSection() {
        closeClause();
        if (section != null && !section.opened) {
            if (section.preamble.isEmpty()) {
                report.warning(council.id(), section.headingLine, "section " + section.number + " (" + section.heading
                        + ") has no clauses: its heading is followed by the next heading");
            } else if (!hasClauseNumbers && letteredPoints(section.preamble) >= 2) {
                splitLettered(section);
            } else {
                // A section the protocol does not number clause by clause is one clause, numbered as the section.
                String number = String.valueOf(section.number);
                List<String> notes = footnoteTexts(section.preambleRefs, section.headingRefs);
                clauses.add(new Clause(council.id(), number, number, section.heading, "",
                        String.join("\n", section.preamble), notes, section.firstLine, section.lastLine));
                usedNumbers.add(number);
            }
        }
        section = null;
    }

    /** How many preamble lines start a lettered point (a), (b), ... in sequence. */
    private static int letteredPoints(List<String> preamble) {
        char next = 'a';
        int n = 0;
        for (String text : preamble) {
            Matcher m = LETTER.matcher(text);
            if (m.find() && m.group(1).charAt(0) == next) {
                next++;
                n++;
            }
        }
        return n;
    }

    /**
     * A section whose only numbering is (a), (b), ...: each point is its own citable clause, {@code 4(a)}; text
     * before the first point is clause {@code 4}. Roman (i), (ii) under a point stay with that point.
     */
    private void splitLettered(Section s) {
        char next = 'a';
        String number = String.valueOf(s.number);
        List<String> text = new ArrayList<>();
        List<Clause> out = new ArrayList<>();
        for (String line : s.preamble) {
            Matcher m = LETTER.matcher(line);
            if (m.find() && m.group(1).charAt(0) == next) {
                if (!text.isEmpty()) {
                    out.add(letteredClause(s, number, text, out.isEmpty()));
                }
                number = s.number + "(" + next + ")";
                next++;
                text = new ArrayList<>();
            }
            text.add(line);
        }
        out.add(letteredClause(s, number, text, out.isEmpty()));
        report.finding(council.id(), s.firstLine, "section " + s.number + " is numbered only by (a), (b), ...: each point is"
                + " cited on its own, " + out.get(0).number() + " to " + out.get(out.size() - 1).number());
        for (Clause c : out) {
            clauses.add(c);
            usedNumbers.add(c.number());
        }
    }

    private Clause letteredClause(Section s, String number, List<String> text, boolean first) {
        List<String> notes = first ? footnoteTexts(s.preambleRefs, s.headingRefs) : List.of();
        return new Clause(council.id(), number, String.valueOf(s.number), s.heading, "", String.join("\n", text), notes,
                s.firstLine, s.lastLine);
    }

    private static boolean isTitleLike(String text, int maxLength) {
        return text.length() <= maxLength && !text.matches(".*[.;,:!?]$") && Character.isUpperCase(text.charAt(0));
    }

    private Optional<Heading> heading(SourceLine line, int index) {
        Matcher word = WORD_HEADING.matcher(line.text());
        if (word.matches()) {
            int number = romanOrArabic(word.group(1));
            String title = word.group(2).isBlank() ? line.text().strip() : word.group(2).strip();
            int current = section == null ? 0 : section.number;
            if (number > current && (section == null || number <= current + MAX_SECTION_SKIP)
                    && !title.matches(".*[.;,:!?]$")) {
                return Optional.of(new Heading(number, title));
            }
            return Optional.empty();
        }
        Matcher m = HEADING.matcher(line.text());
        if (!m.matches() || CLAUSE.matcher(line.text()).matches() && !line.text().matches("^\\d{1,2}\\.0\\s.*")) {
            return Optional.empty();
        }
        String title = EDITORIAL_IN_HEADING.matcher(m.group(2)).replaceAll("").strip();
        int number = romanOrArabic(m.group(1));
        int current = section == null ? 0 : section.number;
        boolean sentence = title.matches(".*[.;,:!?]$") || !Character.isUpperCase(title.charAt(0));
        boolean titleLike = !sentence && (title.length() <= MAX_HEADING_LENGTH || opensSection(number, index));
        // The first heading may carry any number: a protocol can be part 8 of a constitution.
        if (!titleLike || number <= current || section != null && number > current + MAX_SECTION_SKIP) {
            return Optional.empty();
        }
        return Optional.of(new Heading(number, title));
    }

    /** A long numbered line is still a heading when the next line is the first clause of its section. */
    private boolean opensSection(int number, int index) {
        if (index + 1 >= lines.size() || lines.get(index).text().length() > MAX_LONG_HEADING_LENGTH) {
            return false;
        }
        Matcher next = CLAUSE.matcher(lines.get(index + 1).text());
        return next.matches() && ClauseNumbers.parts(ClauseNumbers.digits(next.group(1)))[0] == number;
    }

    private boolean isSubheading(SourceLine line, int index) {
        String text = line.text();
        if (line.bullet() || text.length() > MAX_SUBHEADING_LENGTH || !Character.isUpperCase(text.charAt(0))
                || text.matches(".*[.;,!?]$") || index + 1 >= lines.size()) {
            return false;
        }
        return CLAUSE.matcher(lines.get(index + 1).text()).matches();
    }

    private static String formatted(SourceLine line) {
        String text = line.text();
        return line.bullet() && !LABEL.matcher(text).find() ? "- " + text : text;
    }

    private static boolean endsSentenceOrItem(String text) {
        if (text.isEmpty() || text.matches(".*[.:;,!?)\"'”’-]$")) {
            return true;
        }
        String[] words = text.split("\\s+");
        return JOINING_WORDS.contains(words[words.length - 1].toLowerCase());
    }

    private static String nextInSequence(String number) {
        int dot = number.lastIndexOf('.');
        String minor = number.substring(dot + 1);
        String next = String.valueOf(Integer.parseInt(minor) + 1);
        while (next.length() < minor.length()) {
            next = "0" + next;
        }
        return number.substring(0, dot + 1) + next;
    }

    private static int romanOrArabic(String token) {
        if (token.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(token);
        }
        int total = 0;
        int previous = 0;
        for (int i = token.length() - 1; i >= 0; i--) {
            int value = switch (token.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                default -> 10;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }

    private List<String> footnoteTexts(Set<String> refs, List<String> headingRefs) {
        Set<String> all = new LinkedHashSet<>(headingRefs);
        all.addAll(refs);
        List<String> notes = new ArrayList<>();
        for (String ref : all) {
            String text = footnotes.get(ref);
            if (text == null) {
                report.finding(council.id(), 0, "footnote " + ref + " is referenced but its text is missing");
            } else {
                notes.add("Footnote " + ref + ": " + text);
            }
        }
        return notes;
    }

    private static String tail(String text) {
        return text.length() > 60 ? "…" + text.substring(text.length() - 60) : text;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private record Heading(int number, String title) {
    }

    private static final class Section {
        final int number;
        final String heading;
        final List<String> headingRefs;
        final List<String> preamble = new ArrayList<>();
        final Set<String> preambleRefs = new LinkedHashSet<>();
        String subheading = "";
        int subheadingIndex = -1;
        boolean opened;
        int headingLine;
        int lastParagraph;
        int firstLine;
        int lastLine;

        Section(int number, String heading, List<String> headingRefs) {
            this.number = number;
            this.heading = heading;
            this.headingRefs = List.copyOf(headingRefs);
        }
    }

    private final class ClauseBuilder {
        final String number;
        final int firstLine;
        int lastLine;
        final List<String> lines = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final Set<String> refs = new LinkedHashSet<>();
        Part lastPart = Part.BODY;

        ClauseBuilder(String number, int firstLine, int lastLine) {
            this.number = number;
            this.firstLine = firstLine;
            this.lastLine = lastLine;
        }

        void add(String text, Part part) {
            lines.add(text);
            lastPart = part;
        }

        void join(String text) {
            lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + text);
        }

        String lastText() {
            return lines.get(lines.size() - 1);
        }

        String subheading(Section s) {
            return s.subheading;
        }

        List<String> allNotes() {
            List<String> all = new ArrayList<>(notes);
            all.addAll(footnoteTexts(refs, List.of()));
            return all;
        }
    }
}
