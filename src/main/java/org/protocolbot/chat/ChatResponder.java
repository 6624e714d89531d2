package org.protocolbot.chat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.AnswerTemplates;
import org.protocolbot.answer.ClauseCitation;
import org.protocolbot.answer.Question;
import org.protocolbot.answer.QuestionAnswerer;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.ClauseLookup;
import org.protocolbot.corpus.ClauseNumbers;
import org.protocolbot.corpus.Council;
import org.protocolbot.corpus.CouncilNames;
import org.protocolbot.retrieval.ClauseSearch;

/**
 * The command language every chat surface shares ({@code 6.3}, {@code leeds 7.4}, {@code search need to know},
 * {@code councils}, {@code help}, or any question). Slack's {@code /protocol}, Teams messages and the terminal
 * chat all hand their text here and render the {@link Answer} they get back.
 */
public final class ChatResponder {

    private static final int SEARCH_RESULTS = 3;

    private final ClauseCorpus corpus;
    private final QuestionAnswerer answerer;
    private final ClauseSearch search;
    private final CouncilNames councilNames;

    public ChatResponder(ClauseCorpus corpus, QuestionAnswerer answerer, ClauseSearch search) {
        this.corpus = corpus;
        this.answerer = answerer;
        this.search = search;
        this.councilNames = new CouncilNames(corpus.councils());
    }

    /**
     * The answer to what a user typed on {@code surface}, with help and hints in that surface's words and
     * {@link Surface#defaultPrefix()} as the way to invoke the bot.
     *
     * @param text           what the user typed, with any @mention already removed
     * @param defaultCouncil the configured council, if any
     */
    public Answer respond(String text, Optional<String> defaultCouncil, Surface surface) {
        return respond(text, defaultCouncil, surface, surface.defaultPrefix());
    }

    /**
     * As {@link #respond(String, Optional, Surface)}, where the surface knows how it is invoked here (the
     * workspace's own slash command, the bot's mention name).
     *
     * @param commandPrefix how this surface invokes the bot, for help text (e.g. {@code "/protocol "} or {@code ""})
     */
    public Answer respond(String text, Optional<String> defaultCouncil, Surface surface, String commandPrefix) {
        String input = text == null ? "" : text.strip();
        String[] words = input.split("\\s+", 2);
        String first = words[0].toLowerCase(Locale.ROOT);
        String rest = words.length > 1 ? words[1].strip() : "";

        // "help" alone is the command; "help me write a leaflet…" is a request like any other.
        if (input.isEmpty() || (rest.isEmpty() && (first.equals("help") || first.equals("?")))) {
            return help(surface, commandPrefix, defaultCouncil);
        }
        if (first.equals("councils") && rest.isEmpty()) {
            return councils();
        }
        if (first.equals("compare")) {
            return rest.isEmpty() ? help(surface, commandPrefix, defaultCouncil) : answerer.compare(rest);
        }
        if (first.equals("search")) {
            return rest.isEmpty() ? help(surface, commandPrefix, defaultCouncil) : search(rest, defaultCouncil);
        }
        Optional<String> number = ClauseNumbers.normalise(input);
        if (number.isPresent()) {
            return defaultCouncil.map(c -> lookup(c, number.get()))
                    .orElseGet(() -> AnswerTemplates.info(Wording.whichCouncil(commandPrefix, number.get(),
                            corpus.councilIds())));
        }
        Optional<String> council = councilNames.resolveWord(first);
        if (council.isPresent()) {
            Optional<String> clauseNumber = ClauseNumbers.normalise(rest);
            if (clauseNumber.isPresent()) {
                return lookup(council.get(), clauseNumber.get());
            }
            if (rest.isEmpty()) {
                return AnswerTemplates.info(Wording.askOrGiveNumber(commandPrefix, first,
                        corpus.clauses(council.get()).stream().findFirst().map(Clause::number).orElse("1.1")));
            }
            return answerer.answer(Question.of(rest, council.get()));
        }
        if (looksLikeLookup(first, rest)) {
            return AnswerTemplates.info(Wording.unknownCouncil(sanitiseWord(first), corpus.councilIds()));
        }
        return answerer.answer(new Question(input, defaultCouncil));
    }

    /**
     * The command language with help in Slack's words when {@code commandPrefix} is a command, and in the
     * terminal's (and the page's) when it is empty. Prefer {@link #respond(String, Optional, Surface)}.
     */
    public Answer respond(String text, Optional<String> defaultCouncil, String commandPrefix) {
        return respond(text, defaultCouncil, commandPrefix.isEmpty() ? Surface.TERMINAL : Surface.SLACK, commandPrefix);
    }

    /** Looks up one clause; an unknown number gets the nearest numbers that do exist. */
    public Answer lookup(String councilId, String number) {
        Optional<Council> council = corpus.council(councilId);
        if (council.isEmpty()) {
            return AnswerTemplates.info(Wording.unknownCouncil(sanitiseWord(councilId), corpus.councilIds()));
        }
        Optional<Clause> clause = corpus.clause(council.get().id(), number);
        if (clause.isEmpty()) {
            return AnswerTemplates.info(Wording.noSuchClause(council.get().name(), number,
                    nearest(council.get().id(), number)));
        }
        return AnswerTemplates.clause(quote(clause.get()));
    }

    /** Up to three existing clause numbers closest to the one asked for, in protocol order. */
    public List<String> nearest(String councilId, String number) {
        return ClauseLookup.nearest(corpus, councilId, number);
    }

    private Answer search(String query, Optional<String> defaultCouncil) {
        Optional<String> scope = councilNames.namedIn(query).or(() -> defaultCouncil);
        List<Clause> hits = search.search(query, scope, SEARCH_RESULTS);
        if (hits.isEmpty()) {
            return AnswerTemplates.noMatch(scope.map(corpus::councilName).orElse(""));
        }
        return AnswerTemplates.info(Wording.searchLead(sanitisePhrase(query)),
                hits.stream().map(this::quote).toList());
    }

    private Answer councils() {
        StringBuilder out = new StringBuilder(Wording.COUNCILS_LEAD);
        for (Council council : corpus.councils()) {
            out.append('\n').append(Wording.councilLine(council.id(), council.name(), council.year(),
                    corpus.clauses(council.id()).size()));
        }
        return AnswerTemplates.info(out.toString());
    }

    private Answer help(Surface surface, String prefix, Optional<String> defaultCouncil) {
        return AnswerTemplates.info(Wording.help(surface, prefix, defaultCouncil.map(corpus::councilName)));
    }

    private QuotedClause quote(Clause clause) {
        return new QuotedClause(ClauseCitation.of(clause, corpus.councilName(clause.council())), clause.text());
    }

    /** "xyz 7.4" with an unknown council word: worth a helpful message, not a question. */
    private static boolean looksLikeLookup(String first, String rest) {
        return ClauseNumbers.normalise(rest).isPresent() && first.matches("[\\p{L}\\-]{2,30}");
    }

    /** A single word echoed back to the user: letters, digits and hyphens only, so it can never ping or format. */
    private static String sanitiseWord(String word) {
        String clean = word.replaceAll("[^\\p{L}\\p{N}\\-]", "");
        return clean.length() > 30 ? clean.substring(0, 30) : clean;
    }

    /** A phrase echoed back: words only, so no markup or mention survives. */
    private static String sanitisePhrase(String phrase) {
        String clean = phrase.replaceAll("[^\\p{L}\\p{N}\\s'\\-]", " ").replaceAll("\\s+", " ").strip();
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }
}
