package org.protocolbot.chat;

import java.util.List;
import java.util.Optional;

/**
 * Every sentence the bot says that is not a quote and not an answer's own template (those are in
 * {@link org.protocolbot.answer.AnswerTemplates}): help, the council list, hints, apologies, thanks and button
 * labels, per {@link Surface} where the surface changes the words. Surfaces render these; they never write their
 * own. Tests assert against these methods and constants, so changing a sentence is a change to this file alone.
 */
public final class Wording {

    /** After a "Helpful" / "Not helpful" click has been recorded. */
    public static final String THANKS = "Thanks for the feedback.";
    /**
     * A click whose feedback value the bot did not write, or can no longer read (an old message after an upgrade,
     * or a value changed on the way): trying again would fail the same way, so the user is told plainly.
     */
    public static final String STALE_FEEDBACK = "I could not record that click: the buttons on this answer are "
            + "out of date. Ask the question again and use the buttons on the new answer.";
    /**
     * Instead of an answer, to a Slack or Teams user who has asked more questions in a minute than a person types
     * (a script, or two bots talking to each other): no answer is worked out and nothing is logged.
     */
    public static final String TOO_MANY_QUESTIONS = "You have asked me a lot of questions in the last minute. "
            + "Please wait a minute, then ask again.";
    public static final String HELPFUL = "Helpful";
    public static final String NOT_HELPFUL = "Not helpful";
    /** Slack: the button under a private /protocol answer that posts it for the channel. */
    public static final String POST_TO_CHANNEL = "Post to channel";
    /** Slack: a reply cut at Slack's block limit; the clause labels follow, then a full stop. */
    public static final String SLACK_TOO_LONG = ":warning: This reply is longer than Slack allows in one message, so it "
            + "stops here. The full text is in the protocol: ";
    /** Teams: the lead of each further card when one answer is split across several. */
    public static final String CONTINUED = "(continued)";
    public static final String COUNCILS_LEAD = "Protocols I can quote:";

    private static final String FAILURE = "Sorry, something went wrong while I was answering. Please try again in a "
            + "minute. If it keeps happening, tell whoever looks after protocol-bot and quote reference %s.";

    private Wording() {
    }

    /** What the user sees when answering failed; the log has the details under the same reference. */
    public static String failure(String reference) {
        return String.format(FAILURE, reference);
    }

    /**
     * The help text.
     *
     * @param prefix      how the user invokes the bot here, e.g. {@code "/protocol "}, {@code "@Protocol Bot "}, or
     *                    {@code ""}
     * @param councilName the default council's name, if one is configured
     */
    public static String help(Surface surface, String prefix, Optional<String> councilName) {
        String defaultScope = surface.hasWorkspace() ? "this workspace's council" : "the council in use";
        String scope = councilName.map(name -> (surface.hasWorkspace() ? "This workspace's council is " : "The council in use is ")
                        + name + ".")
                .orElse("No default council is set, so questions search every protocol.");
        return "I answer questions about the Protocol on Councillor/Officer Relations by quoting it."
                + "\n- `" + prefix + "6.3`: a clause of " + defaultScope
                + "\n- `" + prefix + "leeds 7.4`: a clause of a named council"
                + "\n- `" + prefix + "search need to know`: the clauses that best match some words"
                + "\n- `" + prefix + "compare gifts from councillors`: each council's closest clause, side by side"
                + "\n- `" + prefix + "councils`: the protocols I know"
                + "\n- `" + prefix + "can I attend a party group meeting?`: any question"
                + "\n" + scope;
    }

    /** One line of the council list. */
    public static String councilLine(String id, String name, int year, int clauses) {
        return "- " + id + ": " + name + " (" + (year > 0 ? String.valueOf(year) : "undated") + ", " + clauses
                + " clauses)";
    }

    /** A bare clause number with no default council. */
    public static String whichCouncil(String prefix, String number, List<String> councilIds) {
        return "Which council? Try `" + prefix + "<council> " + number + "`. Councils: " + String.join(", ", councilIds)
                + ".";
    }

    /** A council's name on its own. */
    public static String askOrGiveNumber(String prefix, String councilWord, String exampleNumber) {
        return "Ask a question or give a clause number, for example `" + prefix + councilWord + " " + exampleNumber + "`.";
    }

    /** {@code word} has already been reduced to letters, digits and hyphens. */
    public static String unknownCouncil(String word, List<String> councilIds) {
        return "I don't know the council \"" + word + "\". Councils: " + String.join(", ", councilIds) + ".";
    }

    public static String noSuchClause(String councilName, String number, List<String> nearest) {
        return councilName + "'s protocol has no clause " + number + ". Nearest: " + String.join(", ", nearest) + ".";
    }

    /** {@code phrase} has already been reduced to words. */
    public static String searchLead(String phrase) {
        return "Clauses that best match \"" + phrase + "\":";
    }
}
