package org.protocolbot.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Activities shaped like the ones Teams sends to a bot, trimmed to the fields that matter. */
final class TeamsActivities {

    static final String BOT_ID = "28:" + BotFrameworkStandIn.APP_ID;
    static final String BOT_NAME = "Protocol Bot";
    static final String USER_ID = "29:1a2b3c-user";
    static final String TENANT_ID = "72f988bf-0000-0000-0000-000000000001";
    static final String PERSONAL_CONVERSATION = "a:1personal-chat-with-alex";
    static final String CHANNEL_CONVERSATION = "19:general@thread.tacv2;messageid=1700000000100";

    private static final ObjectMapper JSON = new ObjectMapper();

    private TeamsActivities() {
    }

    /** A message in the bot's personal chat. */
    static String personalMessage(String serviceUrl, String activityId, String text) {
        return """
                {"type": "message", "id": "%s", "timestamp": "2024-05-01T09:30:00.000Z",
                 "serviceUrl": "%s", "channelId": "msteams",
                 "from": {"id": "%s", "name": "Alex Officer", "aadObjectId": "6f1d0c7e-0000-0000-0000-000000000abc"},
                 "conversation": {"conversationType": "personal", "tenantId": "%s", "id": "%s"},
                 "recipient": {"id": "%s", "name": "%s"},
                 "textFormat": "plain", "locale": "en-GB", "text": %s,
                 "channelData": {"tenant": {"id": "%s"}}}
                """.formatted(activityId, serviceUrl, USER_ID, TENANT_ID, PERSONAL_CONVERSATION, BOT_ID, BOT_NAME,
                quoted(text), TENANT_ID);
    }

    /** A channel post that @mentions the bot, followed by {@code textAfterMention}. */
    static String channelMention(String serviceUrl, String activityId, String textAfterMention) {
        String mention = "<at>" + BOT_NAME + "</at>";
        return """
                {"type": "message", "id": "%s", "serviceUrl": "%s", "channelId": "msteams",
                 "from": {"id": "%s", "name": "Alex Officer"},
                 "conversation": {"isGroup": true, "conversationType": "channel", "tenantId": "%s", "id": "%s"},
                 "recipient": {"id": "%s", "name": "%s"},
                 "textFormat": "plain", "text": %s,
                 "entities": [{"type": "mention", "text": "%s", "mentioned": {"id": "%s", "name": "%s"}},
                              {"type": "clientInfo", "locale": "en-GB", "country": "GB", "platform": "Web"}],
                 "channelData": {"teamsChannelId": "19:general@thread.tacv2", "teamsTeamId": "19:team@thread.tacv2",
                                 "channel": {"id": "19:general@thread.tacv2"}, "team": {"id": "19:team@thread.tacv2"},
                                 "tenant": {"id": "%s"}}}
                """.formatted(activityId, serviceUrl, USER_ID, TENANT_ID, CHANNEL_CONVERSATION, BOT_ID, BOT_NAME,
                quoted((mention + " " + textAfterMention).strip()), mention, BOT_ID, BOT_NAME, TENANT_ID);
    }

    /**
     * What Teams sends when the user clicks an Action.Submit button on one of the bot's cards: a message with no
     * text, whose {@code value} is the button's data, in reply to the card.
     */
    static String cardSubmit(String serviceUrl, String activityId, String cardActivityId, String valueJson) {
        try {
            ObjectNode activity = (ObjectNode) JSON.readTree(personalMessage(serviceUrl, activityId, ""));
            activity.remove("text");
            activity.remove("textFormat");
            activity.put("replyToId", cardActivityId);
            activity.set("value", JSON.readTree(valueJson));
            ((ObjectNode) activity.get("channelData")).putObject("source").put("name", "message");
            return activity.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + valueJson, e);
        }
    }

    /** What Teams sends when the bot is installed in a personal scope: the bot joins the conversation. */
    static String botInstalled(String serviceUrl, String activityId) {
        return """
                {"type": "conversationUpdate", "id": "%s", "serviceUrl": "%s", "channelId": "msteams",
                 "from": {"id": "%s"},
                 "conversation": {"conversationType": "personal", "tenantId": "%s", "id": "%s"},
                 "recipient": {"id": "%s", "name": "%s"},
                 "membersAdded": [{"id": "%s"}],
                 "channelData": {"tenant": {"id": "%s"}}}
                """.formatted(activityId, serviceUrl, USER_ID, TENANT_ID, PERSONAL_CONVERSATION, BOT_ID, BOT_NAME,
                BOT_ID, TENANT_ID);
    }

    private static String quoted(String text) {
        return JsonNodeFactory.instance.textNode(text).toString();
    }
}
