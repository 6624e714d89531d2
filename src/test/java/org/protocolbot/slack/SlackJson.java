package org.protocolbot.slack;

import org.protocolbot.chat.Wording;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Expected Block Kit JSON written out by hand, so tests compare what Slack receives with what Slack documents. */
final class SlackJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackJson() {
    }

    static ObjectNode section(String mrkdwn) {
        ObjectNode block = JSON.createObjectNode().put("type", "section");
        block.set("text", mrkdwn(mrkdwn));
        return block;
    }

    static ObjectNode context(String mrkdwn) {
        ObjectNode block = JSON.createObjectNode().put("type", "context");
        block.putArray("elements").add(mrkdwn(mrkdwn));
        return block;
    }

    static ObjectNode divider() {
        return JSON.createObjectNode().put("type", "divider");
    }

    static ObjectNode shareButton(String value) {
        ObjectNode button = JSON.createObjectNode().put("type", "button");
        button.putObject("text").put("type", "plain_text").put("text", Wording.POST_TO_CHANNEL);
        button.put("action_id", "protocol_post_to_channel").put("value", value);
        ObjectNode block = JSON.createObjectNode().put("type", "actions");
        block.putArray("elements").add(button);
        return block;
    }

    /** The "Helpful" / "Not helpful" actions block, both buttons carrying the signed feedback value. */
    static ObjectNode feedbackButtons(String payload) {
        ObjectNode block = JSON.createObjectNode().put("type", "actions");
        ArrayNode elements = block.putArray("elements");
        for (String[] button : new String[][] {{Wording.HELPFUL, "feedback_helpful"}, {Wording.NOT_HELPFUL, "feedback_not_helpful"}}) {
            ObjectNode element = elements.addObject().put("type", "button");
            element.putObject("text").put("type", "plain_text").put("text", button[0]);
            element.put("action_id", button[1]).put("value", payload);
        }
        return block;
    }

    static ArrayNode blocks(List<? extends JsonNode> blocks) {
        ArrayNode array = JSON.createArrayNode();
        blocks.forEach(array::add);
        return array;
    }

    /** A response_url body: who sees it, the fallback text and the blocks. */
    static ObjectNode responseUrlBody(String responseType, String text, List<? extends JsonNode> blocks) {
        ObjectNode body = JSON.createObjectNode().put("response_type", responseType).put("text", text);
        body.set("blocks", blocks(blocks));
        return body;
    }

    private static ObjectNode mrkdwn(String text) {
        return JSON.createObjectNode().put("type", "mrkdwn").put("text", text).put("verbatim", true);
    }
}
