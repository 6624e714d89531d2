package org.protocolbot.answer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.protocolbot.retrieval.EnglishTerms;

/**
 * The people and bodies the protocol governs, and the political activity it keeps apart from council work. A protocol question is about how councillors, officers, groups and
 * committees deal with each other; a resident's service question ("how do I pay my council tax?") names none of
 * them, however many words it shares with a clause. Words are compared after English stemming, so plurals and
 * possessives match.
 */
public final class DomainVocabulary {

    private static final List<String> WORDS = List.of(
            "councillor", "councillors", "councilor", "cllr", "member", "members", "officer", "officers", "staff",
            "employee", "employees", "executive", "director", "manager", "cabinet", "portfolio", "leader", "mayor",
            "chair", "chairman", "chairwoman", "committee", "scrutiny", "board", "panel", "group", "party", "parties",
            "whip", "opposition", "administration", "ward", "constituent", "constituents", "protocol", "conduct",
            "standards", "monitoring", "political", "politically", "impartial", "impartiality", "neutrality",
            "delegated", "delegation", "briefing", "co-opted", "chief", "s151", "team", "colleague", "colleagues",
            "campaign", "campaigning", "canvassing", "electioneering");

    private static final Set<String> STEMS = WORDS.stream()
            .flatMap(w -> EnglishTerms.of(w).stream())
            .collect(Collectors.toUnmodifiableSet());

    private DomainVocabulary() {
    }

    public static boolean mentionsProtocolActors(String question) {
        return EnglishTerms.of(question).stream().anyMatch(STEMS::contains);
    }
}
