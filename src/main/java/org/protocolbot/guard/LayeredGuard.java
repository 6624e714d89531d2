package org.protocolbot.guard;

/**
 * The guard in use: precise rules first ({@link PartyBusinessGuard}), then the semantic signal
 * ({@link NeighbourGuard}) for phrasings no rule foresaw. A message whose ask is a question about the protocol
 * ("…is that allowed?", "Can I stay while the group votes?") is answered whatever its vocabulary: that is where
 * the protocol's own clauses on party politics are needed most. The verdict names the signal that fired:
 * {@code party-business:<rule>}, {@code party-business:neighbours:<category>} or {@code party-business:classifier}.
 *
 * <p>The semantic signal has two parts that see different things. The neighbours judge a message by the examples it
 * most resembles; the {@link PartyBusinessClassifier} by a direction learnt from all of them, which catches a campaign
 * request described only by the outcome it wants. Either refuses on its own threshold.
 *
 * <p>The neighbours also check the rules. A rule is a word and a request pattern ("candidates" with "are we
 * allowed…"), so it fires on protocol questions that happen to use a campaign word: recruiting a political assistant,
 * council publicity during an election period. When the message is clearly nearer the genuine protocol questions, or
 * a topic's phrasings, than any party-business request ({@code overrule}), the rule's refusal is overruled and the
 * question is answered (or, for an out-of-scope topic such as pensions, told it is not covered). Not when the message
 * argues from the protocol to its ask ("the protocol says officers can brief groups, so…"): sounding like the
 * protocol is then the trick, not the evidence.
 */
public final class LayeredGuard implements QuestionGuard {

    private static final String PREFIX = "party-business:";
    /** How a refusal of one ask of several is named: {@code party-business:ask:<signal>}. */
    private static final String PART = PREFIX + "ask:";

    private final PartyBusinessGuard rules;
    private final NeighbourGuard neighbours;
    private final PartyBusinessClassifier classifier;
    private final Thresholds thresholds;

    /**
     * The guard's thresholds, chosen together by {@code tune --guard}.
     *
     * @param minSimilarity least closeness to party-business requests for a semantic refusal
     * @param margin        how much nearer the requests than anything else a semantic refusal must be
     * @param overrule      how much nearer a protocol question or topic phrasing than the requests a message must be
     *                      for a rule's refusal to be overruled; {@code Double.POSITIVE_INFINITY} never overrules
     * @param classifier    least classifier score for a refusal on that signal; {@code Double.POSITIVE_INFINITY}
     *                      never refuses on it
     * @param classifierMargin least margin of closeness to the requests over the nearest protocol question or topic
     *                      phrasing for the classifier to refuse on its own; {@code Double.NEGATIVE_INFINITY}: any
     */
    public record Thresholds(double minSimilarity, double margin, double overrule, double classifier, double classifierMargin) {

        /** No floor under the classifier's own refusals. */
        public Thresholds(double minSimilarity, double margin, double overrule, double classifier) {
            this(minSimilarity, margin, overrule, classifier, Double.NEGATIVE_INFINITY);
        }
    }

    public LayeredGuard(PartyBusinessGuard rules, NeighbourGuard neighbours, PartyBusinessClassifier classifier,
                        Thresholds thresholds) {
        this.rules = rules;
        this.neighbours = neighbours;
        this.classifier = classifier;
        this.thresholds = thresholds;
    }

    @Override
    public GuardVerdict check(String question) {
        return rules.check(question);
    }

    @Override
    public GuardVerdict check(String question, float[] vector) {
        return check(question, vector, Double.NEGATIVE_INFINITY);
    }

    /**
     * @param otherTopic how close the question is to the nearest topic phrasing (protocol or out of scope): those
     *                   are everyday questions too, so a question nearer one of them than to any party-business
     *                   request ("how do I register to vote?") is not refused for sharing the vocabulary of elections
     */
    @Override
    public GuardVerdict check(String question, float[] vector, double otherTopic) {
        return check(question, vector, otherTopic, SentenceReader.NONE);
    }

    /**
     * With a second look at the sentences that ask. A request wrapped in several sentences of innocent context
     * ("I'm standing in Hatherley. Retired teacher, thirty years in the village. Write my election address.") is
     * diluted in the message's one vector: it leans towards party business without passing the thresholds. Only such
     * a leaning message has its asking sentences read, each judged by the same thresholds as a whole message, so
     * the extra embeddings are spent on a few messages in a hundred, not on every one.
     */
    @Override
    public GuardVerdict check(String question, float[] vector, double otherTopic, SentenceReader sentences) {
        // A message of several asks is refused if any one of them would be, asked alone.
        for (String ask : rules.separateAsks(question)) {
            SentenceReader.Reading reading = sentences.read(ask);
            GuardVerdict alone = reading == null ? rules.check(ask) : checkOne(ask, reading.vector(), reading.nearestTopic(), SentenceReader.NONE);
            if (alone.refused()) {
                return GuardVerdict.refuse(PART + alone.rule().orElseThrow().substring(PREFIX.length()));
            }
        }
        return checkOne(question, vector, otherTopic, sentences);
    }

    private GuardVerdict checkOne(String question, float[] vector, double otherTopic, SentenceReader sentences) {
        PartyBusinessGuard.Assessment byRule = rules.assess(question);
        if (byRule.protocolQuestion() || neighbours.isEmpty() || vector == null) {
            return byRule.verdict();
        }
        NeighbourGuard.Closeness closeness = neighbours.closeness(vector);
        double nearestOther = Math.max(closeness.protocolQuestion(), otherTopic);
        if (byRule.verdict().refused()) {
            // The overrule is the neighbours' word that this is a protocol question; the classifier can contest it.
            boolean overruled = !byRule.beyondOverrule() && nearestOther - closeness.partyBusiness() >= thresholds.overrule()
                    && !classifier.fires(vector, closeness.partyBusiness(), thresholds.classifier());
            return overruled ? GuardVerdict.allow() : byRule.verdict();
        }
        if (semanticRefusal(closeness, nearestOther)) {
            return GuardVerdict.refuse("party-business:neighbours:" + closeness.category());
        }
        if (classifierRefusal(vector, closeness, nearestOther)) {
            return GuardVerdict.refuse("party-business:classifier");
        }
        if (closeness.partyBusiness() > nearestOther) {
            for (String sentence : rules.askingParts(question)) {
                SentenceReader.Reading reading = sentences.read(sentence);
                if (reading == null) {
                    break;
                }
                NeighbourGuard.Closeness part = neighbours.closeness(reading.vector());
                double partOther = Math.max(part.protocolQuestion(), reading.nearestTopic());
                if (semanticRefusal(part, partOther)) {
                    return GuardVerdict.refuse("party-business:neighbours:sentence:" + part.category());
                }
                if (classifierRefusal(reading.vector(), part, partOther)) {
                    return GuardVerdict.refuse("party-business:classifier:sentence");
                }
            }
        }
        return GuardVerdict.allow();
    }

    /**
     * The classifier's own refusal. It reads a direction, not neighbours, so it can score a message that is plainly
     * about something else (booking a room for a councillor's briefing); the floor keeps it to messages not much
     * nearer a protocol question or a topic than to any request. A rule's refusal it contests has no such floor: the
     * rule has already found the request.
     */
    private boolean classifierRefusal(float[] vector, NeighbourGuard.Closeness closeness, double nearestOther) {
        return closeness.partyBusiness() - nearestOther >= thresholds.classifierMargin()
                && classifier.fires(vector, closeness.partyBusiness(), thresholds.classifier());
    }

    private boolean semanticRefusal(NeighbourGuard.Closeness closeness, double nearestOther) {
        return closeness.partyBusiness() >= thresholds.minSimilarity() && closeness.partyBusiness() - nearestOther >= thresholds.margin();
    }
}
