package org.protocolbot.topics;

import org.protocolbot.retrieval.Vectors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.retrieval.AskedVectors;
import org.protocolbot.retrieval.ClauseVectors;
import org.protocolbot.retrieval.EnglishTerms;

/**
 * Links every clause of every council to the protocol topics it speaks to, with no per-council code. A clause's
 * strength for a topic is the mean similarity of its example questions ({@code knowledge/clause-questions}) to the
 * topic's centre (the mean of its description and phrasings), plus {@code headingBonus} when its headings use one of
 * the topic's heading words. The questions are read rather than the clause's prose because a question is matched to
 * topics through phrasings, which are questions too: a clause's prose says what it rules ("a decision may authorise
 * named officers to act following consultation with a Member"), its questions say when people need it ("the exec
 * member says it's her call, is it?"), and the prior is only as good as the match between the two. A clause without
 * example questions (a council just added) is linked by its prose: its closest similarity, whole clause or any one
 * sentence, to the centre. A clause keeps the topics within {@code spread} of its strongest, at most {@code maxLinks}, and none below
 * {@code floor}: a clause about everything is linked to nothing in particular.
 */
public final class TopicLinker {

    /** The knobs of linking; see {@link org.protocolbot.retrieval.Tuning} for the values and their reasons. */
    public record Settings(double headingBonus, double spread, double floor, int maxLinks) {
    }

    private final Settings settings;

    public TopicLinker(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param asked        the clauses' example questions, embedded ({@link AskedVectors#NONE}: link by prose alone)
     * @param topicCentres one unit vector per topic of the catalogue, in catalogue order ({@link #centres})
     */
    public TopicLinks link(ClauseCorpus corpus, ClauseVectors vectors, AskedVectors asked, TopicCatalogue catalogue,
                           List<float[]> topicCentres) {
        List<Clause> clauses = corpus.allClauses();
        for (var council : corpus.councils()) {
            for (String pin : council.topicPins()) {
                var m = org.protocolbot.corpus.Council.PIN.matcher(pin.strip());
                if (m.matches() && corpus.clause(council.id() + ":" + m.group(1)).isEmpty()) {
                    throw new org.protocolbot.corpus.IngestException("manifest.json: council \"" + council.id()
                            + "\", topicPins: \"" + pin + "\" names no clause of that council");
                }
            }
        }
        List<List<float[]>> passagesOf = byClause(vectors.passages(), vectors.passageOwner(), clauses.size());
        double[][] questionMeans = questionMeans(asked, clauses.size(), topicCentres.isEmpty() ? 0 : topicCentres.get(0).length);
        List<Set<String>> headingStems = catalogue.topics().stream()
                .map(t -> t.headingWords().stream().map(w -> String.join(" ", EnglishTerms.of(w))).filter(w -> !w.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
                .toList();
        Map<String, List<TopicLinks.Link>> links = new LinkedHashMap<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause clause = clauses.get(i);
            String heading = " " + String.join(" ", EnglishTerms.of(clause.sectionHeading() + " " + clause.subheading())) + " ";
            List<TopicLinks.Link> candidates = new ArrayList<>();
            for (int t = 0; t < catalogue.topics().size(); t++) {
                if (catalogue.topics().get(t).kind() != TopicKind.PROTOCOL) {
                    continue;
                }
                float[] centre = topicCentres.get(t);
                double strength = questionMeans[i] == null
                        ? proseStrength(vectors.vectors().get(i), passagesOf.get(i), centre)
                        : dot(questionMeans[i], centre);
                boolean headed = headingStems.get(t).stream().anyMatch(w -> heading.contains(" " + w + " "));
                strength += headed ? settings.headingBonus() : 0;
                candidates.add(new TopicLinks.Link(catalogue.topics().get(t).id(), round(strength), false));
            }
            candidates.sort(Comparator.comparingDouble(TopicLinks.Link::strength).reversed().thenComparing(TopicLinks.Link::topic));
            double top = candidates.isEmpty() ? 0 : candidates.get(0).strength();
            List<TopicLinks.Link> kept = candidates.stream()
                    .filter(l -> l.strength() >= settings.floor() && l.strength() >= top - settings.spread())
                    .limit(settings.maxLinks()).toList();
            links.put(clause.id(), pinned(kept, candidates, pinsOf(corpus, clause, catalogue)));
        }
        return new TopicLinks(links);
    }

    private static List<List<float[]>> byClause(List<float[]> rows, int[] owners, int clauses) {
        List<List<float[]>> out = new ArrayList<>(clauses);
        for (int i = 0; i < clauses; i++) {
            out.add(new ArrayList<>());
        }
        for (int r = 0; r < rows.size(); r++) {
            out.get(owners[r]).add(rows.get(r));
        }
        return out;
    }

    private static double proseStrength(float[] clause, List<float[]> passages, float[] centre) {
        double strength = Vectors.dot(clause, centre);
        for (float[] passage : passages) {
            strength = Math.max(strength, Vectors.dot(passage, centre));
        }
        return strength;
    }

    /**
     * Each clause's mean question vector (null for a clause without questions): the mean of a clause's similarities
     * to a centre is the similarity of its mean, so each clause costs one product per topic however many questions
     * it has, and start-up stays as quick as with the prose alone.
     */
    private static double[][] questionMeans(AskedVectors asked, int clauses, int dimension) {
        double[][] means = new double[clauses][];
        int[] counts = new int[clauses];
        for (int q = 0; q < asked.owners().length; q++) {
            int owner = asked.owners()[q];
            double[] mean = means[owner] == null ? (means[owner] = new double[dimension]) : means[owner];
            float[] vector = asked.vectors().get(q);
            for (int d = 0; d < dimension; d++) {
                mean[d] += vector[d];
            }
            counts[owner]++;
        }
        for (int i = 0; i < clauses; i++) {
            if (means[i] != null) {
                for (int d = 0; d < dimension; d++) {
                    means[i][d] /= counts[i];
                }
            }
        }
        return means;
    }

    private static double dot(double[] mean, float[] centre) {
        double sum = 0;
        for (int d = 0; d < centre.length; d++) {
            sum += mean[d] * centre[d];
        }
        return sum;
    }

    /**
     * Applies the council's pins for one clause: "-topic" removes a link, "+topic" adds one (with the strength the
     * clause has for it, so pinned links rank like computed ones) and marks it pinned.
     */
    private static List<TopicLinks.Link> pinned(List<TopicLinks.Link> kept, List<TopicLinks.Link> all, List<String[]> pins) {
        if (pins.isEmpty()) {
            return kept;
        }
        List<TopicLinks.Link> out = new ArrayList<>(kept);
        for (String[] pin : pins) {
            out.removeIf(l -> l.topic().equals(pin[1]));
            if (pin[0].equals("+")) {
                double strength = all.stream().filter(l -> l.topic().equals(pin[1])).mapToDouble(TopicLinks.Link::strength)
                        .findFirst().orElse(0);
                out.add(new TopicLinks.Link(pin[1], strength, true));
            }
        }
        out.sort(Comparator.comparingDouble(TopicLinks.Link::strength).reversed().thenComparing(TopicLinks.Link::topic));
        return List.copyOf(out);
    }

    /** The pins of the clause's council that name this clause, as {sign, topic}; a pin naming no topic is refused. */
    private static List<String[]> pinsOf(ClauseCorpus corpus, Clause clause, TopicCatalogue catalogue) {
        List<String[]> out = new ArrayList<>();
        for (String pin : corpus.council(clause.council()).map(c -> c.topicPins()).orElse(List.of())) {
            var m = org.protocolbot.corpus.Council.PIN.matcher(pin.strip());
            if (!m.matches() || !m.group(1).equals(clause.number())) {
                continue;
            }
            if (catalogue.topic(m.group(3)).filter(t -> t.kind() == TopicKind.PROTOCOL).isEmpty()) {
                throw new org.protocolbot.corpus.IngestException("manifest.json: council \"" + clause.council()
                        + "\", topicPins: \"" + pin + "\" names no protocol topic of topics.json");
            }
            out.add(new String[] {m.group(2), m.group(3)});
        }
        return out;
    }

    /** Each topic's centre: the unit mean of its description's vector and its phrasings' vectors. */
    public static List<float[]> centres(TopicCatalogue catalogue, List<float[]> descriptionVectors, List<float[]> phrasingVectors) {
        int dimension = phrasingVectors.isEmpty() ? 0 : phrasingVectors.get(0).length;
        int[] owners = catalogue.phrasingOwners();
        List<float[]> centres = new ArrayList<>();
        for (int t = 0; t < catalogue.topics().size(); t++) {
            List<float[]> members = new ArrayList<>();
            members.add(descriptionVectors.get(t));
            for (int p = 0; p < owners.length; p++) {
                if (owners[p] == t) {
                    members.add(phrasingVectors.get(p));
                }
            }
            centres.add(Vectors.centroid(members, dimension));
        }
        return List.copyOf(centres);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** The review report: per council, one line per clause with its topics, and the clauses linked to none. */
    public static String report(TopicLinks links, ClauseCorpus corpus) {
        StringBuilder out = new StringBuilder("Topic links written by `protocol-bot ingest` (see knowledge/topics.json and docs/knowledge-files.md).\n");
        for (var council : corpus.councils()) {
            List<String> lines = reportLines(links, council.id());
            long unlinked = lines.stream().filter(l -> l.endsWith("(no topic)")).count();
            out.append("\n== ").append(council.id()).append(": ").append(lines.size()).append(" clauses, ")
                    .append(unlinked).append(" linked to no topic\n");
            lines.forEach(l -> out.append(l).append('\n'));
        }
        return out.toString();
    }

    /** One line per clause for the ingest report: {@code kirklees:6.3 -> party-group-meetings (0.612), …}. */
    public static List<String> reportLines(TopicLinks links, String council) {
        List<String> out = new ArrayList<>();
        links.links().forEach((clause, list) -> {
            if (clause.startsWith(council + ":")) {
                out.add(clause + " -> " + (list.isEmpty() ? "(no topic)" : list.stream()
                        .map(l -> l.topic() + " (" + String.format(Locale.ROOT, "%.3f", l.strength()) + (l.pinned() ? ", pinned" : "") + ")")
                        .collect(Collectors.joining(", "))));
            }
        });
        return out;
    }
}
