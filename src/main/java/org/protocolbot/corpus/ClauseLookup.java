package org.protocolbot.corpus;

import java.util.Comparator;
import java.util.List;

/** Helps people who ask for a clause that does not exist: the nearest numbers that do. */
public final class ClauseLookup {

    private static final int SUGGESTIONS = 3;

    private ClauseLookup() {
    }

    /** Up to three existing clause numbers closest to the one asked for, in protocol order. */
    public static List<String> nearest(ClauseCorpus corpus, String councilId, String number) {
        int[] wanted = ClauseNumbers.parts(number);
        List<Clause> clauses = corpus.clauses(councilId);
        List<Integer> closest = java.util.stream.IntStream.range(0, clauses.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> distance(ClauseNumbers.parts(clauses.get(i).number()), wanted))
                        .thenComparingInt(i -> i))
                .limit(SUGGESTIONS)
                .sorted()
                .toList();
        return closest.stream().map(i -> clauses.get(i).number()).toList();
    }

    private static long distance(int[] a, int[] b) {
        long major = Math.abs((long) part(a, 0) - part(b, 0));
        long minor = Math.abs((long) part(a, 1) - part(b, 1));
        long sub = Math.abs((long) part(a, 2) - part(b, 2));
        return major * 1_000_000 + minor * 1000 + sub;
    }

    private static int part(int[] parts, int index) {
        return parts.length > index ? Math.max(parts[index], 0) : 0;
    }
}
