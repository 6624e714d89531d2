package org.protocolbot.answer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.protocolbot.retrieval.EnglishTerms;

/**
 * The people and bodies the protocol governs, and the political activity it keeps apart from council work. A
 * protocol question is about how councillors, officers, groups and committees deal with each other; a resident's
 * service question ("how do I pay my council tax?") names none of them, however many words it shares with a clause.
 * Words are compared after English stemming, so plurals and possessives match.
 */
public final class DomainVocabulary {

    private static final List<String> ACTORS = List.of(
            "councillor", "councillors", "councilor", "cllr", "member", "members", "officer", "officers", "staff",
            "employee", "employees", "executive", "director", "manager", "cabinet", "portfolio", "leader", "mayor",
            "chair", "chairman", "chairwoman", "committee", "scrutiny", "board", "panel", "group", "party", "parties",
            "whip", "opposition", "administration", "ward", "constituent", "constituents", "protocol", "conduct",
            "standards", "monitoring", "political", "politically", "impartial", "impartiality", "neutrality",
            "delegated", "delegation", "briefing", "co-opted", "chief", "s151", "team", "colleague", "colleagues",
            "campaign", "campaigning", "canvassing", "electioneering", "senior", "junior");

    /** Words that carry no subject of their own: question words, pronouns, auxiliaries, "council" itself. */
    private static final List<String> FUNCTION_WORDS = List.of(
            "council", "councils", "what", "who", "whom", "whose", "which", "when", "where", "why", "how", "much", "many",
            "do", "does", "did", "doing", "done", "i", "me", "my", "mine", "we", "us", "our", "you", "your", "they", "them",
            "their", "he", "him", "his", "she", "her", "hers", "it", "its", "have", "has", "had", "having", "can", "could",
            "would", "will", "shall", "should", "may", "might", "must", "get", "got", "go", "going", "tell", "want", "need",
            "please", "also", "just", "any", "some", "all", "about", "there", "here", "this", "that", "these", "those",
            "am", "is", "are", "was", "were", "be", "been", "being", "anything", "something", "someone", "anyone",
            "everyone", "thing", "things", "ever", "still", "really", "very", "so", "too", "than", "then", "now", "one",
            "out", "up", "down", "over", "under", "again", "other", "same", "own", "only", "more", "most", "such", "let",
            "make", "know", "say", "says", "said", "like", "way", "yes", "no", "not", "allowed", "ok", "okay");

    private static final Set<String> ACTOR_STEMS = stems(ACTORS);
    private static final Set<String> NOT_SUBJECT_STEMS = union(ACTOR_STEMS, stems(FUNCTION_WORDS));

    private DomainVocabulary() {
    }

    public static boolean mentionsProtocolActors(String question) {
        return EnglishTerms.of(question).stream().anyMatch(ACTOR_STEMS::contains);
    }

    /** What the question is about beyond who is involved: its stemmed content words. */
    public static List<String> subjectTerms(String question) {
        return EnglishTerms.of(question).stream().filter(t -> !NOT_SUBJECT_STEMS.contains(t)).toList();
    }

    private static Set<String> stems(List<String> words) {
        return words.stream().flatMap(w -> EnglishTerms.of(w).stream()).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
