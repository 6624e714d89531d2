package org.protocolbot.corpus.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.Council;
import org.protocolbot.corpus.IngestException;

/**
 * Reads a protocol laid out the way a constitution's web pages often are: unnumbered section headings (short lines
 * that are not sentences), each followed by paragraphs that are numbered from 1 again or not numbered at all. The
 * document gives no section numbers, so sections are numbered 1, 2, 3 in the order they appear and each paragraph
 * is cited as {@code section.paragraph}: its own number when it has one, else its position in the section. The
 * numbers are stable as long as the document keeps its sections and paragraphs in order.
 *
 * <p>Used only when {@link ClauseParser} finds no numbered structure; the report says which layout was read.
 */
final class HeadingLayoutParser {

    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s+(\\S.*)$");
    private static final Pattern LABEL = Pattern.compile("^\\((?:[a-z]{1,2}|[0-9]{1,2}|[ivx]{1,5})\\)\\s");
    // Headings can be long ("Relationship between ... and ..."), but they are never sentences and never paragraphs.
    private static final int MAX_HEADING_LENGTH = 200;
    private static final int MAX_HEADING_WORDS = 30;
    private static final int LONG_HEADING = 100;

    private final Council council;
    private final IngestReport report;

    HeadingLayoutParser(Council council, IngestReport report) {
        this.council = council;
        this.report = report;
    }

    List<Clause> parse(List<SourceLine> lines) {
        List<Clause> clauses = new ArrayList<>();
        int sectionNumber = 0;
        String heading = null;
        int paragraph = 0;
        Builder current = null;
        boolean numberedSection = false;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = line.text();
            boolean listContinues = current != null && current.lastText().matches(".*[:;,]$");
            // Before the first section, of two heading-like lines the first is the document's title.
            boolean titleAbove = heading == null && (i + 1 >= lines.size() || isHeading(lines.get(i + 1)));
            if (!listContinues && isHeading(line) && !titleAbove) {
                if (current != null) {
                    clauses.add(current.build());
                    current = null;
                } else if (heading != null) {
                    report.warning(council.id(), line.firstLine(), "section " + sectionNumber + " (" + heading
                            + ") has no clauses: its heading is followed by the next heading");
                }
                sectionNumber++;
                heading = text;
                paragraph = 0;
                numberedSection = false;
                if (text.length() > LONG_HEADING) {
                    report.warning(council.id(), line.firstLine(), "long line read as the heading of section " + sectionNumber
                            + "; check it is a heading: " + shorten(text));
                }
                continue;
            }
            if (heading == null) {
                report.finding(council.id(), line.firstLine(), "text before the first section heading ignored (title): " + shorten(text));
                continue;
            }
            Matcher numbered = NUMBERED.matcher(text);
            boolean ownNumber = numbered.matches() && !line.bullet()
                    && Integer.parseInt(numbered.group(1)) == (numberedSection ? paragraph + 1 : 1);
            boolean continues = current != null && (LABEL.matcher(text).find() || line.bullet() || listContinues
                    || !ownNumber && (numberedSection || endsOpen(current.lastText())));
            if (continues) {
                current.add(line.bullet() && !LABEL.matcher(text).find() ? "- " + text : text, line.lastLine());
                continue;
            }
            if (current != null) {
                clauses.add(current.build());
            }
            if (ownNumber) {
                numberedSection = true;
                paragraph = Integer.parseInt(numbered.group(1));
                text = numbered.group(2);
            } else {
                paragraph++;
            }
            current = new Builder(sectionNumber + "." + paragraph, String.valueOf(sectionNumber), heading, line.firstLine());
            current.add(line.bullet() ? "- " + text : text, line.lastLine());
        }
        if (current != null) {
            clauses.add(current.build());
        } else if (heading != null) {
            report.warning(council.id(), 0, "section " + sectionNumber + " (" + heading + ") has no clauses");
        }
        return clauses;
    }

    /**
     * A heading is a short line that is not a sentence: no closing punctuation, a capital first letter, no list
     * marker or number of its own.
     */
    static boolean isHeading(SourceLine line) {
        String text = line.text();
        return !line.bullet() && text.length() <= MAX_HEADING_LENGTH && text.split("\\s+").length <= MAX_HEADING_WORDS
                && Character.isUpperCase(text.charAt(0)) && !text.matches(".*[.;,:!?…]$")
                && !NUMBERED.matcher(text).matches() && !LABEL.matcher(text).find();
    }

    /** A paragraph that ends with no closing punctuation was broken by a page: the next one continues it. */
    private static boolean endsOpen(String text) {
        return !text.matches(".*[.!?)\"'”’]$");
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private final class Builder {
        final String number;
        final String sectionNumber;
        final String heading;
        final int firstLine;
        int lastLine;
        final List<String> lines = new ArrayList<>();

        Builder(String number, String sectionNumber, String heading, int firstLine) {
            this.number = number;
            this.sectionNumber = sectionNumber;
            this.heading = heading;
            this.firstLine = firstLine;
        }

        void add(String text, int last) {
            lines.add(text);
            lastLine = last;
        }

        String lastText() {
            return lines.get(lines.size() - 1);
        }

        Clause build() {
            if (lines.isEmpty()) {
                throw new IngestException(council.source() + ":" + firstLine + ": empty paragraph");
            }
            return new Clause(council.id(), number, sectionNumber, heading, "", String.join("\n", lines), List.of(),
                    firstLine, lastLine);
        }
    }
}
