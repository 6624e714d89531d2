package org.protocolbot.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Outcome;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.feedback.FeedbackPayload;

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

    private AnswerCard() {
    }

    /**
     * The reply activity: the card, with the plain-text rendering as the fallback. The plain text goes in the
     * activity's {@code summary} (what the Bot Framework shows where cards cannot render) and the card's
     * {@code fallbackText}, not in {@code text}: Teams would print {@code text} above the card, saying it twice.
     */
    public static Activity activity(Answer answer, Optional<FeedbackPayload> feedback) {
        Attachment attachment = new Attachment();
        attachment.setContentType(CONTENT_TYPE);
        attachment.setContent(render(answer, feedback));
        Activity reply = MessageFactory.attachment(attachment);
        reply.setSummary(answer.text());
        return reply;
    }

    /** The card JSON without buttons. */
    public static ObjectNode render(Answer answer) {
        return render(answer, Optional.empty());
    }

    /** The card JSON, with "Helpful" / "Not helpful" buttons when the answer offers {@code feedback}. */
    public static ObjectNode render(Answer answer, Optional<FeedbackPayload> feedback) {
        ObjectNode card = JSON.objectNode()
                .put("type", "AdaptiveCard")
                .put("$schema", SCHEMA)
                .put("version", VERSION)
                .put("fallbackText", answer.text());
        ArrayNode body = card.putArray("body");
        body.add(lead(answer));
        for (QuotedClause quote : answer.quotes()) {
            body.add(quote(quote));
        }
        if (!answer.closing().isEmpty()) {
            body.add(closing(answer));
        }
        feedback.ifPresent(payload -> {
            String encoded = payload.encode();
            card.putArray("actions")
                    .add(submit("Helpful", new FeedbackSubmit(true, encoded)))
                    .add(submit("Not helpful", new FeedbackSubmit(false, encoded)));
        });
        return card;
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

    private static ObjectNode quote(QuotedClause quote) {
        ObjectNode box = JSON.objectNode().put("type", "Container").put("separator", true).put("spacing", "Medium");
        box.putArray("items")
                .add(textBlock(CardText.verbatim(quote.text())))
                .add(textBlock(CardText.verbatim(quote.citation().label()))
                        .put("isSubtle", true).put("size", "Small").put("spacing", "Small"));
        return box;
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
