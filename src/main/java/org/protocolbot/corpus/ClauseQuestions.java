package org.protocolbot.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code knowledge/clause-questions/<council>.jsonl}: for each clause, questions that the clause answers, in the words
 * officers and councillors type. A question is compared with questions far better than with a clause's formal
 * prose, so these are the "alternate phrasings per answer" of a question-answering knowledge base, one line per
 * clause: {@code {"clause":"7.9","questions":["…"]}}. A council without the file is answered from its clauses alone.
 *
 * <p>Lines naming a clause the council does not have (after the protocol was renumbered and re-ingested, say) are
 * kept out and listed in {@link #unknown()}, so {@code ingest} can report them instead of the bot refusing to start.
 *
 * @param texts   every question, grouped by clause in corpus order, each clause's in file order
 * @param owners  for each question, the position of its clause in the corpus
 * @param unknown {@code council:number} of each line whose clause is not in the corpus
 */
public record ClauseQuestions(List<String> texts, int[] owners, List<String> unknown) {

    public static final String DIRECTORY = "clause-questions";
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record Line(String clause, List<String> questions) {
    }

    public ClauseQuestions {
        texts = List.copyOf(texts);
        owners = owners.clone();
        unknown = List.copyOf(unknown);
        if (owners.length != texts.size()) {
            throw new IllegalArgumentException("one owner per question expected");
        }
    }

    public static ClauseQuestions none() {
        return new ClauseQuestions(List.of(), new int[0], List.of());
    }

    public static String fileName(String councilId) {
        return DIRECTORY + "/" + councilId + ".jsonl";
    }

    /** The questions of every council of the corpus that has a file. */
    public static ClauseQuestions read(KnowledgeBase knowledge, ClauseCorpus corpus) {
        Map<String, Integer> position = new HashMap<>();
        List<Clause> clauses = corpus.allClauses();
        for (int i = 0; i < clauses.size(); i++) {
            position.put(clauses.get(i).id(), i);
        }
        // By corpus position, so the questions come out grouped in corpus order whatever order the files use.
        Map<Integer, List<String>> byClause = new TreeMap<>();
        List<String> unknown = new ArrayList<>();
        for (Council council : corpus.councils()) {
            String file = fileName(council.id());
            if (!knowledge.exists(file)) {
                continue;
            }
            try (InputStream in = knowledge.open(file)) {
                readLines(in, knowledge.describe() + "/" + file, council.id(), position, byClause, unknown);
            } catch (IOException e) {
                throw new IngestException(file + ": unreadable (" + e.getMessage() + ")", e);
            }
        }
        List<String> texts = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        byClause.forEach((clause, questions) -> questions.forEach(question -> {
            texts.add(question);
            owners.add(clause);
        }));
        return new ClauseQuestions(texts, owners.stream().mapToInt(Integer::intValue).toArray(), unknown);
    }

    private static void readLines(InputStream in, String where, String councilId, Map<String, Integer> position,
                                  Map<Integer, List<String>> byClause, List<String> unknown) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<JsonLines.Line<Line>> lines = JsonLines.read(reader, JSON.readerFor(Line.class),
                (number, cause) -> new IngestException(where + ":" + number + ": not a {\"clause\", \"questions\"} line", cause));
        for (JsonLines.Line<Line> numbered : lines) {
            Line line = numbered.value();
            if (line.clause() == null || line.clause().isBlank() || line.questions() == null) {
                throw new IngestException(where + ":" + numbered.number() + ": needs \"clause\" and \"questions\"");
            }
            String id = councilId + ":" + line.clause().strip();
            Integer at = position.get(id);
            if (at == null) {
                unknown.add(id);
                continue;
            }
            List<String> own = byClause.computeIfAbsent(at, k -> new ArrayList<>());
            line.questions().stream().filter(q -> q != null && !q.isBlank()).map(String::strip).forEach(own::add);
        }
    }

    /** How many questions each council's clauses have, for the ingest report. */
    public Map<String, Integer> countByCouncil(ClauseCorpus corpus) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        corpus.councilIds().forEach(id -> counts.put(id, 0));
        for (int owner : owners) {
            counts.merge(corpus.allClauses().get(owner).council(), 1, Integer::sum);
        }
        return counts;
    }
}
