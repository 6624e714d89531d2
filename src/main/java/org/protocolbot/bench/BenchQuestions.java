package org.protocolbot.bench;

import java.util.List;

/**
 * The fixed questions every benchmark run asks, in this order, so runs compare. Taken from the held-out evaluation
 * set (src/test/resources/eval/holdout-questions.jsonl) in roughly the mix real users send: mostly protocol
 * questions, some party-business requests the guard refuses, some questions the protocol does not cover. They are
 * asked of every council at once (no council in scope), the costliest case: every clause is scored.
 */
final class BenchQuestions {

    static final List<String> ALL = List.of(
            "My cabinet member wants me to change the conclusions of a report that goes out under my name so it says what she'd prefer. Who has the final say on what's in it?",
            "Can scrutiny members use a panel session to question whether an officer is actually competent?",
            "Is it appropriate for a director and a councillor to go out for a drink together?",
            "We're holding a public meeting about closing a branch library. Do the ward councillors get invited?",
            "I mostly work from home and a councillor has started ringing my personal mobile at weekends. Is that acceptable?",
            "As an officer, my working relationship with one member has completely broken down. What are my options?",
            "Can an executive director give the press a comment on a policy without checking with the lead member first?",
            "We're the minority group and we're putting together an alternative budget. Will officers help us with the figures?",
            "I think a councillor has broken the members' code. As an officer, who do I tell?",
            "Does 'member' include co-optees?",
            "A councillor wants me to come along to her advice surgery, which she holds at her party's offices. Should I go?",
            "My executive member keeps emailing me late at night and at weekends expecting replies. Does the protocol say anything about that?",
            "Is it ok for officers to call councillors by their first names?",
            "Can we invite one of the junior planning officers to our group meeting?",
            "A councillor has asked me to speak at their local party branch meeting. Can I go?",
            "I've given the group my briefing and they're now moving on to decide how they'll vote. Should I stay in the room?",
            "Draft a leaflet for our candidate in the Dalton ward by-election",
            "Which party should I vote for in the local elections?",
            "Give me five attack lines against the Lib Dem council leader.",
            "What slogan should we put on our re-election posters?",
            "When are my green bins collected?",
            "How do I object to my neighbour's planning application for an extension?",
            "Will it rain in Huddersfield tomorrow?",
            "I got a parking fine outside the town hall, how do I appeal it?");

    private BenchQuestions() {
    }

    static int size() {
        return ALL.size();
    }

    static String get(int i) {
        return ALL.get(Math.floorMod(i, ALL.size()));
    }
}
