package org.protocolbot.topics;

import java.util.Optional;

/**
 * The topic side of answering, or nothing when a knowledge folder has no {@code topics.json}: the bot then answers
 * from meaning and words alone, as before topics existed.
 */
public final class TopicSignal {

    private static final TopicSignal NONE = new TopicSignal(null, null);

    private final TopicMatcher matcher;
    private final TopicPrior prior;

    public TopicSignal(TopicMatcher matcher, TopicPrior prior) {
        this.matcher = matcher;
        this.prior = prior;
    }

    public static TopicSignal none() {
        return NONE;
    }

    public Optional<TopicMatch> match(float[] question) {
        return matcher == null ? Optional.empty() : Optional.of(matcher.match(question));
    }

    /** The clause prior for a match, or null (no prior) without topics. */
    public double[] prior(Optional<TopicMatch> match, double temperature) {
        return prior == null || match.isEmpty() ? null : prior.prior(match.get(), temperature);
    }
}
