package org.protocolbot.bench;

import org.protocolbot.app.BotLoader;
import org.protocolbot.retrieval.Tuning;
import org.protocolbot.topics.TopicLinks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protocolbot.answer.CitedAnswerer;
import org.protocolbot.answer.QuestionAnswerer;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.ClauseQuestions;
import org.protocolbot.corpus.Council;
import org.protocolbot.retrieval.AskedVectors;
import org.protocolbot.retrieval.ClauseVectors;
import org.protocolbot.retrieval.HybridRetriever;
import org.protocolbot.retrieval.LexicalIndex;
import org.protocolbot.retrieval.RetrievalMode;
import org.protocolbot.retrieval.TextEmbedder;

/**
 * A synthetic national-scale corpus: the real councils first, then copies of them under distinct ids
 * ({@code kirklees-0001}, {@code leeds-0001}, ...) until there are at least as many clauses as asked for, assembled
 * from the same public core classes the real bot uses (a real {@link ClauseCorpus}, {@link LexicalIndex},
 * {@link HybridRetriever} and {@link CitedAnswerer}). A copied clause has the original's text, so it reuses the
 * original's vector (copied into its own array, as a separately embedded clause would have) instead of running the
 * model 30,000 times.
 *
 * @param corpus   the scaled corpus
 * @param answerer the answerer over it, built exactly as the bot builds its own
 */
record ScaledCorpus(ClauseCorpus corpus, QuestionAnswerer answerer) {

    /** Copies get no aliases, so a council named in a question still means the real council, as it would nationally. */
    /** As the real bot over {@code knowledge}, with its corpus copied until it has {@code minimumClauses}. */
    static ScaledCorpus build(BotLoader.Knowledge knowledge, TextEmbedder embedder, int minimumClauses) {
        ClauseCorpus base = knowledge.corpus();
        ClauseVectors baseVectors = knowledge.vectors();
        int copies = Math.max(1, (minimumClauses + base.size() - 1) / base.size());
        List<Council> councils = new ArrayList<>(base.councils());
        Map<String, List<Clause>> clauses = new LinkedHashMap<>();
        base.councils().forEach(c -> clauses.put(c.id(), base.clauses(c.id())));
        for (int copy = 1; copy < copies; copy++) {
            for (Council council : base.councils()) {
                String id = "%s-%04d".formatted(council.id(), copy);
                councils.add(new Council(id, council.name() + " (copy " + copy + ")", council.year(), council.source(),
                        "", "", List.of(), List.of()));
                clauses.put(id, base.clauses(council.id()).stream().map(c -> renamed(c, id)).toList());
            }
        }
        ClauseCorpus corpus = new ClauseCorpus(councils, clauses);
        ClauseVectors vectors = copiedVectors(base, baseVectors, corpus);
        ClauseQuestions questions = copiedQuestions(knowledge.clauseQuestions(), base.size(), copies);
        List<float[]> questionVectors = copiedQuestionVectors(knowledge, copies);
        TopicLinks links = BotLoader.linker(Tuning.DEFAULT).link(corpus, vectors, new AskedVectors(questionVectors, questions.owners()),
                knowledge.catalogue(), knowledge.topicCentres());
        BotLoader.Knowledge scaled = knowledge.over(corpus, vectors, links, questions, questionVectors);
        return new ScaledCorpus(corpus, BotLoader.assemble(scaled, embedder, RetrievalMode.HYBRID, Tuning.DEFAULT).answerer());
    }

    /** Each copy of a clause has the original's questions: copies follow the base in corpus order, council by council. */
    private static ClauseQuestions copiedQuestions(ClauseQuestions base, int baseSize, int copies) {
        List<String> texts = new ArrayList<>();
        int[] owners = new int[base.owners().length * copies];
        for (int copy = 0; copy < copies; copy++) {
            texts.addAll(base.texts());
            for (int q = 0; q < base.owners().length; q++) {
                owners[copy * base.owners().length + q] = copy * baseSize + base.owners()[q];
            }
        }
        return new ClauseQuestions(texts, owners, base.unknown());
    }

    /** The clause questions' vectors once per copy, each copy in its own arrays as separately embedded ones would be. */
    private static List<float[]> copiedQuestionVectors(BotLoader.Knowledge knowledge, int copies) {
        List<float[]> base = knowledge.clauseQuestionVectors();
        List<float[]> out = new ArrayList<>(base);
        for (int copy = 1; copy < copies; copy++) {
            base.forEach(v -> out.add(v.clone()));
        }
        return out;
    }

    /**
     * Each clause's vector and its passages' vectors, copied from the original clause (copies have identical text),
     * each into its own array as a separately embedded clause would have, with passage owners pointing at the copy.
     */
    private static ClauseVectors copiedVectors(ClauseCorpus base, ClauseVectors baseVectors, ClauseCorpus scaled) {
        Map<String, Integer> positionById = new HashMap<>();
        for (int i = 0; i < base.size(); i++) {
            positionById.put(base.allClauses().get(i).id(), i);
        }
        List<List<Integer>> passagesOf = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            passagesOf.add(new ArrayList<>());
        }
        for (int p = 0; p < baseVectors.passageOwner().length; p++) {
            passagesOf.get(baseVectors.passageOwner()[p]).add(p);
        }
        List<float[]> vectors = new ArrayList<>(scaled.size());
        List<float[]> passages = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (Clause clause : scaled.allClauses()) {
            int original = positionById.get(clause.council().replaceFirst("-\\d{4}$", "") + ":" + clause.number());
            for (int p : passagesOf.get(original)) {
                passages.add(baseVectors.passages().get(p).clone());
                owners.add(vectors.size());
            }
            vectors.add(baseVectors.vectors().get(original).clone());
        }
        return new ClauseVectors("synthetic-" + scaled.size(), vectors, passages,
                owners.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Clause renamed(Clause c, String council) {
        return new Clause(council, c.number(), c.sectionNumber(), c.sectionHeading(), c.subheading(), c.text(), c.notes(),
                c.firstLine(), c.lastLine());
    }
}
