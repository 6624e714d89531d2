package org.protocolbot.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Outcome;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.answer.TextSpan;
import org.protocolbot.chat.Wording;
import org.protocolbot.feedback.SignedFeedback;

/**
 * Renders an {@link Answer} as an Adaptive Card: the lead, each quoted clause with its citation on a subtle line
 * beneath, then the closing. Refusals and no-match answers have their own look (a coloured lead) so they cannot be
 * mistaken for an answer. Answers that can be rated end with "Helpful" / "Not helpful" buttons. All wording comes
 * from the Answer; this class only chooses the layout.
 */
public final class AnswerCard {

    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    public static final String VERSION = "1.4";
    private static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The longest part of a quote in one card: well inside both limits even when every character is escaped. */
    static final int PIECE_CHARS = 6_000;

    private AnswerCard() {
    }

    /**
     * The reply activity: the card, with the plain-text rendering as the fallback. The plain text goes in the
     * activity's {@code summary} (what the Bot Framework shows where cards cannot render) and the card's
     * {@code fallbackText}, not in {@code text}: Teams would print {@code text} above the card, saying it twice.
     */
    public static Activity activity(Answer answer, Optional<SignedFeedback> feedback) {
        Attachment attachment = new Attachment();
        attachment.setContentType(CONTENT_TYPE);
        attachment.setContent(render(answer, feedback));
        Activity reply = MessageFactory.attachment(attachment);
        reply.setSummary(answer.text());
        return reply;
    }

    /**
     * The reply as one activity, or as several in order when one would pass Teams' size limits ({@link CardSizes}):
     * the lead in the first card, the quotes in turn (a quote too long for any card is cut between lines or words,
     * each part keeping its citation), the closing and the feedback buttons in the last; each later card starts with
     * {@link Wording#CONTINUED}. Nothing is dropped.
     */
    public static List<Activity> activities(Answer answer, Optional<SignedFeedback> feedback) {
        Activity whole = activity(answer, feedback);
        if (CardSizes.fits(whole)) {
            return List.of(whole);
        }
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(lead(answer), answer.lead()));
        for (QuotedClause quote : answer.quotes()) {
            for (QuotedClause piece : pieces(quote)) {
                parts.add(new Part(quote(piece), piece.citation().label() + "\n" + piece.text()));
            }
        }
        if (!answer.closing().isEmpty()) {
            parts.add(new Part(closing(answer), answer.closing()));
        }
        List<Activity> cards = new ArrayList<>();
        List<Part> current = new ArrayList<>();
        for (Part part : parts) {
            List<Part> candidate = new ArrayList<>(current);
            candidate.add(part);
            if (current.isEmpty() || CardSizes.fits(card(candidate, !cards.isEmpty(), Optional.empty()))) {
                current = candidate;
            } else {
                cards.add(card(current, !cards.isEmpty(), Optional.empty()));
                current = new ArrayList<>(List.of(part));
            }
        }
        Activity last = card(current, !cards.isEmpty(), feedback);
        if (!CardSizes.fits(last) && current.size() > 1) {
            cards.add(card(current.subList(0, current.size() - 1), !cards.isEmpty(), Optional.empty()));
            last = card(current.subList(current.size() - 1, current.size()), true, feedback);
        }
        cards.add(last);
        return List.copyOf(cards);
    }

    /** One piece of a split reply: its card element and its plain text for the fallback. */
    private record Part(ObjectNode element, String plain) {
    }

    private static Activity card(List<Part> parts, boolean continued, Optional<SignedFeedback> feedback) {
        String plain = (continued ? Wording.CONTINUED + "\n\n" : "")
                + String.join("\n\n", parts.stream().map(Part::plain).toList());
        ObjectNode card = header(plain);
        ArrayNode body = card.putArray("body");
        if (continued) {
            body.add(textBlock(CardText.template(Wording.CONTINUED)).put("isSubtle", true));
        }
        parts.forEach(part -> body.add(part.element().deepCopy()));
        feedback.ifPresent(payload -> addButtons(card, payload));
        Attachment attachment = new Attachment();
        attachment.setContentType(CONTENT_TYPE);
        attachment.setContent(card);
        Activity reply = MessageFactory.attachment(attachment);
        reply.setSummary(plain);
        return reply;
    }

    /**
     * A quote as it fits in one card: whole, or cut into parts of at most {@value #PIECE_CHARS} characters, between
     * lines where it can and else between words. The parts, joined, are the quote; the answering span is carried
     * into the parts it touches.
     */
    static List<QuotedClause> pieces(QuotedClause quote) {
        String text = quote.text();
        if (text.length() <= PIECE_CHARS) {
            return List.of(quote);
        }
        List<QuotedClause> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + PIECE_CHARS);
            if (end < text.length()) {
                int cut = text.lastIndexOf('\n', end - 1);
                if (cut <= start) {
                    cut = text.lastIndexOf(' ', end - 1);
                }
                end = cut > start ? cut + 1 : end;
            }
            int from = start;
            int to = end;
            // A part the span misses keeps an empty span, so all parts of a marked quote render alike.
            Optional<TextSpan> span = quote.answering()
                    .map(s -> s.start() < to && s.end() > from
                            ? new TextSpan(Math.max(s.start(), from) - from, Math.min(s.end(), to) - from)
                            : new TextSpan(0, 0));
            pieces.add(new QuotedClause(quote.citation(), text.substring(from, to), span));
            start = end;
        }
        return pieces;
    }

    /** The card JSON without buttons. */
    public static ObjectNode render(Answer answer) {
        return render(answer, Optional.empty());
    }

    /** The card JSON, with "Helpful" / "Not helpful" buttons when the answer offers {@code feedback}. */
    public static ObjectNode render(Answer answer, Optional<SignedFeedback> feedback) {
        ObjectNode card = header(answer.text());
        ArrayNode body = card.putArray("body");
        body.add(lead(answer));
        for (QuotedClause quote : answer.quotes()) {
            body.add(quote(quote));
        }
        if (!answer.closing().isEmpty()) {
            body.add(closing(answer));
        }
        feedback.ifPresent(payload -> addButtons(card, payload));
        return card;
    }

    private static ObjectNode header(String fallbackText) {
        return JSON.objectNode()
                .put("type", "AdaptiveCard")
                .put("$schema", SCHEMA)
                .put("version", VERSION)
                .put("fallbackText", fallbackText);
    }

    private static void addButtons(ObjectNode card, SignedFeedback feedback) {
        card.putArray("actions")
                .add(submit(Wording.HELPFUL, new FeedbackSubmit(true, feedback.value())))
                .add(submit(Wording.NOT_HELPFUL, new FeedbackSubmit(false, feedback.value())));
    }

    private static ObjectNode submit(String title, FeedbackSubmit click) {
        ObjectNode action = JSON.objectNode().put("type", "Action.Submit").put("title", title);
        action.set("data", click.data());
        return action;
    }

    private static ObjectNode lead(Answer answer) {
        ObjectNode text = textBlock(CardText.template(answer.lead()));
        return switch (answer.outcome()) {
            case ANSWER -> text.put("weight", "Bolder");
            case INFO -> text;
            case REFUSE -> container("attention", text.put("weight", "Bolder"));
            case NO_MATCH -> container("warning", text.put("weight", "Bolder"));
        };
    }

    /**
     * A quote, then its citation on a subtle line. A quote with an answering sentence is a RichTextBlock per line,
     * whose TextRuns carry the clause's characters as they are (RichTextBlock has no Markdown, so nothing needs
     * escaping) and the answering part with {@code weight: Bolder}; a quote without one (a clause looked up by
     * number) stays an escaped Markdown TextBlock.
     */
    static ObjectNode quote(QuotedClause quote) {
        ObjectNode box = JSON.objectNode().put("type", "Container").put("separator", true).put("spacing", "Medium");
        ObjectNode text = quote.answering().isPresent()
                ? markedQuote(quote)
                : textBlock(CardText.verbatim(quote.text()));
        box.putArray("items")
                .add(text)
                .add(textBlock(CardText.verbatim(quote.citation().label()))
                        .put("isSubtle", true).put("size", "Small").put("spacing", "Small"));
        return box;
    }

    private static ObjectNode markedQuote(QuotedClause quote) {
        String text = quote.text();
        TextSpan span = quote.answering().orElseThrow();
        ObjectNode lines = JSON.objectNode().put("type", "Container");
        ArrayNode items = lines.putArray("items");
        int at = 0;
        for (String line : text.split("\n", -1)) {
            int start = at;
            int end = at + line.length();
            at = end + 1;
            if (line.isBlank()) {
                continue;
            }
            ObjectNode block = JSON.objectNode().put("type", "RichTextBlock");
            ArrayNode inlines = block.putArray("inlines");
            int boldFrom = Math.max(start, Math.min(end, span.start()));
            int boldTo = Math.max(boldFrom, Math.min(end, span.end()));
            addRun(inlines, text.substring(start, boldFrom), false);
            addRun(inlines, text.substring(boldFrom, boldTo), true);
            addRun(inlines, text.substring(boldTo, end), false);
            items.add(block);
        }
        return lines;
    }

    private static void addRun(ArrayNode inlines, String text, boolean bold) {
        if (text.isEmpty()) {
            return;
        }
        ObjectNode run = JSON.objectNode().put("type", "TextRun").put("text", text);
        inlines.add(bold ? run.put("weight", "Bolder") : run);
    }

    private static ObjectNode closing(Answer answer) {
        ObjectNode text = textBlock(CardText.template(answer.closing())).put("separator", true);
        // For no match, the closing is the way forward (ask the Monitoring Officer), so it stands out.
        return answer.outcome() == Outcome.NO_MATCH ? text.put("weight", "Bolder") : text.put("isSubtle", true);
    }

    private static ObjectNode container(String style, ObjectNode item) {
        ObjectNode box = JSON.objectNode().put("type", "Container").put("style", style);
        box.putArray("items").add(item);
        return box;
    }

    private static ObjectNode textBlock(String text) {
        return JSON.objectNode().put("type", "TextBlock").put("text", text).put("wrap", true);
    }
}
