package org.protocolbot.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Outcome;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.chat.Wording;
import org.protocolbot.feedback.SignedFeedback;

/**
 * Renders an {@link Answer} as Block Kit: the lead, one block-quoted section per clause with its citation in a
 * context line, then the closing. Every word comes from the Answer; this class only picks markup, so Slack says
 * what Teams, the web page and the CLI say. Slack's limits (3,000 characters a section, 50 blocks a message) are
 * met by splitting, never by silently cutting.
 */
public final class AnswerBlocks {

    public static final int MAX_SECTION_CHARS = 3000;
    public static final int MAX_BLOCKS = 50;

    private final SectionSplitter plain = new SectionSplitter(MAX_SECTION_CHARS, Mrkdwn::escape);
    private final SectionSplitter quoted = new SectionSplitter(MAX_SECTION_CHARS, Mrkdwn::quote);

    /** The answer on its own. */
    public SlackMessage render(Answer answer) {
        return render(answer, Optional.empty(), List.of());
    }

    /**
     * The answer, then its "Helpful" / "Not helpful" buttons when it offers {@code feedback}, then {@code trailing}
     * blocks (such as the share button). The buttons always fit: the answer gives way to them if the message would
     * pass Slack's block limit.
     */
    SlackMessage render(Answer answer, Optional<SignedFeedback> feedback, List<LayoutBlock> trailing) {
        List<LayoutBlock> after = new ArrayList<>(FeedbackButtons.forFeedback(feedback));
        after.addAll(trailing);
        OutcomeStyle style = OutcomeStyle.of(answer.outcome());
        List<LayoutBlock> blocks = new ArrayList<>(sections(style.leadEmoji() + " " + answer.lead()));
        if (answer.outcome() == Outcome.REFUSE && !answer.quotes().isEmpty()) {
            blocks.add(divider());
        }
        for (QuotedClause quote : answer.quotes()) {
            quoted.split(Mrkdwn.withAnsweringMarked(quote)).forEach(text -> blocks.add(section(s -> s.text(mrkdwn(text)))));
            blocks.add(context(List.of(mrkdwn(":bookmark: " + Mrkdwn.escape(quote.citation().label())))));
        }
        if (!answer.closing().isEmpty()) {
            blocks.addAll(style.closingAsContext()
                    ? plain.split(answer.closing()).stream().map(text -> (LayoutBlock) context(List.of(mrkdwn(text)))).toList()
                    : sections(style.closingEmoji() + " " + answer.closing()));
        }
        List<LayoutBlock> message = withinBlockLimit(blocks, after.size(), answer);
        message.addAll(after);
        return new SlackMessage(Mrkdwn.escape(answer.text()), message);
    }

    private List<LayoutBlock> sections(String text) {
        return plain.split(text).stream().map(piece -> (LayoutBlock) section(s -> s.text(mrkdwn(piece)))).toList();
    }

    /** Over the limit: keep what fits and say plainly that the rest is not shown, naming where to read it. */
    private static List<LayoutBlock> withinBlockLimit(List<LayoutBlock> blocks, int reserved, Answer answer) {
        int room = MAX_BLOCKS - reserved;
        if (blocks.size() <= room) {
            return new ArrayList<>(blocks);
        }
        List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, room - 1));
        String where = answer.quotes().stream().map(q -> q.citation().label()).collect(Collectors.joining("; "));
        kept.add(section(s -> s.text(mrkdwn(Mrkdwn.escape(Wording.SLACK_TOO_LONG + where + ".")))));
        return kept;
    }

    /**
     * Already-escaped mrkdwn. {@code verbatim} stops Slack from turning plain words such as "@here" or "#general"
     * into mentions and links.
     */
    static MarkdownTextObject mrkdwn(String escaped) {
        return MarkdownTextObject.builder().text(escaped).verbatim(true).build();
    }

    /** How each outcome looks: refusal and no-match have their own lead marker and closing style. */
    private record OutcomeStyle(String leadEmoji, String closingEmoji, boolean closingAsContext) {

        static OutcomeStyle of(Outcome outcome) {
            return switch (outcome) {
                case ANSWER -> new OutcomeStyle(":scroll:", "", true);
                case INFO -> new OutcomeStyle(":information_source:", "", true);
                case REFUSE -> new OutcomeStyle(":no_entry:", ":speech_balloon:", false);
                case NO_MATCH -> new OutcomeStyle(":mag:", ":bust_in_silhouette:", false);
            };
        }
    }
}
