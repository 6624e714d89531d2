package org.protocolbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What the command language receives from a Teams message. */
class TeamsMentionsTest {

    private static final String SERVICE_URL = "https://smba.trafficmanager.net/emea/";

    @Test
    void botMentionIsRemovedFromAChannelMessage() throws IOException {
        assertEquals("leeds 7.4", textOf(TeamsActivities.channelMention(SERVICE_URL, "1", "leeds 7.4")));
    }

    @Test
    void onlyTheMentionLeavesNothing() throws IOException {
        assertEquals("", textOf(TeamsActivities.channelMention(SERVICE_URL, "1", "")));
    }

    @Test
    void personalMessageWithoutMentionIsUnchanged() throws IOException {
        assertEquals("councils", textOf(TeamsActivities.personalMessage(SERVICE_URL, "1", "  councils ")));
    }

    @Test
    void botNameWithBracketsIsStillRemovedAndNonBreakingSpacesAreSpaces() throws IOException {
        String json = TeamsActivities.channelMention(SERVICE_URL, "1", "search\u00A0need to know")
                .replace(TeamsActivities.BOT_NAME, "Protocol Bot (Leeds)");

        assertEquals("search need to know", textOf(json));
    }

    @Test
    void mentionsOfOtherPeopleAreRemovedSoNoNameReachesTheQuestionLog() throws IOException {
        String json = TeamsActivities.channelMention(SERVICE_URL, "1", "can <at>Jane Smith</at> attend a group meeting?");

        assertEquals("can attend a group meeting?", textOf(json));
    }

    /** Parses the activity as the endpoint does, then takes the text the command language would get. */
    private static String textOf(String activityJson) throws IOException {
        return TeamsMentions.withoutMentions(new JacksonAdapter().deserialize(activityJson, Activity.class));
    }
}
