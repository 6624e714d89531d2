package org.protocolbot.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.Council;

/**
 * Whatever the protocol says and however its lines are wrapped, ingest keeps every paragraph's words exactly once:
 * it never loses a paragraph and never copies one into two clauses. Checked for both layouts ingest reads.
 */
class IngestProperties {

    private static final List<String> WORDS = List.of("councillor", "officer", "member", "advice", "impartial", "group",
            "ward", "meeting", "respect", "policy", "decision", "report", "committee", "scrutiny", "budget", "staff",
            "complaint", "training", "confidential", "information", "resident", "cabinet", "leader", "executive");

    /** A protocol as sections of paragraphs, each paragraph a unique sentence. */
    record Protocol(List<String> headings, List<List<String>> sections) {
        List<String> paragraphs() {
            return sections.stream().flatMap(List::stream).toList();
        }
    }

    @Provide
    Arbitrary<Protocol> protocols() {
        Arbitrary<String> sentence = Arbitraries.of(WORDS).list().ofMinSize(3).ofMaxSize(30)
                .map(words -> capitalised(String.join(" ", words)) + ".");
        Arbitrary<String> heading = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(5)
                .map(words -> capitalised(String.join(" ", words)));
        return Arbitraries.integers().between(1, 5).flatMap(sectionCount -> Combinators.combine(
                heading.list().ofSize(sectionCount).uniqueElements(),
                sentence.list().ofMinSize(sectionCount).ofMaxSize(sectionCount * 4).uniqueElements())
                .as((headings, sentences) -> new Protocol(headings, split(sentences, sectionCount))));
    }

    @Property(tries = 150)
    void numberedLayoutKeepsEveryParagraphOnce(@ForAll("protocols") Protocol protocol, @ForAll("widths") int width) {
        List<String> source = new ArrayList<>(List.of("Protocol on Member/Officer Relations", ""));
        for (int s = 0; s < protocol.sections().size(); s++) {
            source.add((s + 1) + " " + protocol.headings().get(s));
            source.add("");
            List<String> paragraphs = protocol.sections().get(s);
            for (int p = 0; p < paragraphs.size(); p++) {
                source.addAll(wrapped((s + 1) + "." + (p + 1) + " " + paragraphs.get(p), width));
                source.add("");
            }
        }
        assertEveryParagraphOnce(protocol, ingest(source));
    }

    @Property(tries = 150)
    void unnumberedHeadingLayoutKeepsEveryParagraphOnce(@ForAll("protocols") Protocol protocol, @ForAll("widths") int width) {
        List<String> source = new ArrayList<>();
        for (int s = 0; s < protocol.sections().size(); s++) {
            source.add(protocol.headings().get(s));
            source.add("");
            for (String paragraph : protocol.sections().get(s)) {
                source.addAll(wrapped(paragraph, width));
                source.add("");
            }
        }
        List<Clause> clauses = ingest(source);
        assertEveryParagraphOnce(protocol, clauses);
        assertEquals(protocol.paragraphs().size(), clauses.size(), "one clause per paragraph");
    }

    @Provide
    Arbitrary<Integer> widths() {
        return Arbitraries.integers().between(30, 400);
    }

    private static void assertEveryParagraphOnce(Protocol protocol, List<Clause> clauses) {
        String all = String.join("\n", clauses.stream().map(Clause::text).toList());
        for (String paragraph : protocol.paragraphs()) {
            int count = occurrences(all, paragraph);
            assertEquals(1, count, () -> "\"" + paragraph + "\" appears " + count + " times in " + clauses);
        }
        long words = clauses.stream().mapToLong(c -> c.text().split("\\s+").length).sum();
        assertEquals(protocol.paragraphs().stream().mapToLong(p -> p.split("\\s+").length).sum(), words,
                "no words added or lost");
    }

    private static int occurrences(String text, String paragraph) {
        // Whole paragraphs only: one sentence may end another one's words, so match at line or sentence boundaries.
        var m = Pattern.compile("(?<![\\w])" + Pattern.quote(paragraph)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static List<Clause> ingest(List<String> source) {
        Council council = new Council("prop", "Property Council", 0, "prop.txt", "", "", List.of(), List.of());
        return Ingester.parse(council, source, new IngestReport());
    }

    private static List<String> wrapped(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static List<List<String>> split(List<String> sentences, int sections) {
        List<List<String>> out = new ArrayList<>();
        for (int s = 0; s < sections; s++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < sentences.size(); i++) {
            out.get(i < sections ? i : i % sections).add(sentences.get(i));
        }
        return out;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
