package org.protocolbot.slack;

import static com.slack.api.model.block.Blocks.section;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.List;

/**
 * A click on "Helpful" or "Not helpful": acknowledged at once, recorded with the clicking user's id (which the
 * store only hashes), and thanked privately through the action's {@code response_url}, leaving the answer as it
 * was. A stale or tampered value is told so plainly; a click the store cannot take gets the usual apology.
 */
final class FeedbackClicks {

    private final SlackReplies replies;
    private final AnswerDispatcher dispatcher;

    FeedbackClicks(SlackReplies replies, AnswerDispatcher dispatcher) {
        this.replies = replies;
        this.dispatcher = dispatcher;
    }

    Response onClick(BlockActionRequest request, ActionContext context) {
        BlockActionPayload.Action action = request.getPayload().getActions().get(0);
        boolean helpful = FeedbackButtons.HELPFUL.equals(action.getActionId());
        String userId = request.getPayload().getUser().getId();
        AnswerDispatcher.Delivery privately = message -> ResponseUrls.respond(context, ResponseUrls.EPHEMERAL, message);
        dispatcher.dispatch("feedback", () -> plain(replies.click(action.getValue(), helpful, userId)),
                privately, privately);
        return context.ack();
    }

    private static SlackMessage plain(String text) {
        return new SlackMessage(Mrkdwn.escape(text), List.of(section(s -> s.text(AnswerBlocks.mrkdwn(Mrkdwn.escape(text))))));
    }
}
