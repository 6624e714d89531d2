package org.protocolbot.answer;

/**
 * A clause quoted verbatim in an answer.
 *
 * @param citation where it comes from
 * @param text     the clause text, verbatim
 */
public record QuotedClause(ClauseCitation citation, String text) {
}
