package org.protocolbot.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Question;
import org.protocolbot.answer.QuestionAnswerer;
import org.protocolbot.corpus.JsonLines;

/** Runs every question of an evaluation file through the answerer, in file order. */
public final class Evaluator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Evaluator() {
    }

    /** Reads a JSONL question file; a bad line is reported with its number. */
    public static List<EvalQuestion> read(Path file) throws IOException {
        List<EvalQuestion> questions = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<JsonLines.Line<EvalQuestion>> lines = JsonLines.read(reader, JSON.readerFor(EvalQuestion.class),
                    (number, cause) -> new IllegalArgumentException(file + ":" + number + ": not a JSON question object"));
            for (JsonLines.Line<EvalQuestion> line : lines) {
                EvalQuestion q = line.value();
                if (q.id() == null || q.question() == null || q.expect() == null) {
                    throw new IllegalArgumentException(file + ":" + line.number() + ": needs \"id\", \"question\" and \"expect\"");
                }
                questions.add(q);
            }
        }
        return questions;
    }

    public static List<EvalMetrics.Outcome> run(QuestionAnswerer answerer, List<EvalQuestion> questions) {
        List<EvalMetrics.Outcome> outcomes = new ArrayList<>(questions.size());
        for (EvalQuestion q : questions) {
            Answer answer = answerer.answer(Question.of(q.question(), q.council()));
            outcomes.add(new EvalMetrics.Outcome(q, answer.outcome().wireName(), answer.citations()));
        }
        return outcomes;
    }

    /** One {@code {"id","outcome","citations"}} line per question. */
    public static String resultLine(EvalMetrics.Outcome outcome) {
        var node = JSON.createObjectNode();
        node.put("id", outcome.question().id());
        node.put("outcome", outcome.outcome());
        var citations = node.putArray("citations");
        outcome.citations().forEach(citations::add);
        return node.toString();
    }
}
