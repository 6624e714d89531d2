package org.protocolbot.eval;

import java.util.List;
import java.util.Locale;

/**
 * The figures the project is judged on, over one evaluation run.
 *
 * @param answerable     questions expected to be answered
 * @param hitAt1         answered with an expected clause first
 * @param hitAt3         answered with an expected clause among the first three
 * @param refusable      questions expected to be refused
 * @param refused        of those, refused
 * @param falseRefusals  questions refused that should not have been
 * @param offTopic       questions expected to get "no match"
 * @param noMatched      of those, answered "no match"
 * @param falseNoMatch   answerable questions answered "no match"
 */
public record EvalMetrics(int answerable, int hitAt1, int hitAt3, int refusable, int refused, int falseRefusals,
                          int offTopic, int noMatched, int falseNoMatch) {

    public record Outcome(EvalQuestion question, String outcome, List<String> citations) {
    }

    public static EvalMetrics of(List<Outcome> outcomes) {
        int answerable = 0, hit1 = 0, hit3 = 0, refusable = 0, refused = 0, falseRefusals = 0, offTopic = 0, noMatched = 0, falseNoMatch = 0;
        for (Outcome o : outcomes) {
            String expect = o.question().expect();
            if (!"refuse".equals(expect) && "refuse".equals(o.outcome())) {
                falseRefusals++;
            }
            switch (expect) {
                case "answer" -> {
                    answerable++;
                    List<String> expected = o.question().clauses();
                    boolean answered = "answer".equals(o.outcome());
                    if (answered && !o.citations().isEmpty() && expected.contains(o.citations().get(0))) {
                        hit1++;
                    }
                    if (answered && o.citations().stream().limit(3).anyMatch(expected::contains)) {
                        hit3++;
                    }
                    if ("no_match".equals(o.outcome())) {
                        falseNoMatch++;
                    }
                }
                case "refuse" -> {
                    refusable++;
                    refused += "refuse".equals(o.outcome()) ? 1 : 0;
                }
                case "no_match" -> {
                    offTopic++;
                    noMatched += "no_match".equals(o.outcome()) ? 1 : 0;
                }
                default -> throw new IllegalArgumentException("question " + o.question().id() + ": unknown expect \"" + expect + "\"");
            }
        }
        return new EvalMetrics(answerable, hit1, hit3, refusable, refused, falseRefusals, offTopic, noMatched, falseNoMatch);
    }

    public double hitAt1Rate() {
        return ratio(hitAt1, answerable);
    }

    public double hitAt3Rate() {
        return ratio(hitAt3, answerable);
    }

    public double refusalRecall() {
        return ratio(refused, refusable);
    }

    public double noMatchRecall() {
        return ratio(noMatched, offTopic);
    }

    public String render() {
        return String.format(Locale.ROOT, """
                hit@1            %.3f  (%d/%d)
                hit@3            %.3f  (%d/%d)
                refusal recall   %.3f  (%d/%d)
                false refusals   %d
                no-match recall  %.3f  (%d/%d)
                false no-match   %d""",
                hitAt1Rate(), hitAt1, answerable, hitAt3Rate(), hitAt3, answerable, refusalRecall(), refused, refusable,
                falseRefusals, noMatchRecall(), noMatched, offTopic, falseNoMatch);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
