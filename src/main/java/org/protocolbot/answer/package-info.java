/**
 * From a question to an {@link org.protocolbot.answer.Answer}: unwrapping, guard, topics, retrieval, the relevance gate and the fixed templates around verbatim quotes.
 *
 * <p>Core. May import {@code corpus}, {@code retrieval}, {@code guard} and {@code topics}; never {@code app} or an adapter.
 */
package org.protocolbot.answer;
