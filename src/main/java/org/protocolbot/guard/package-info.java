/**
 * The guard that refuses party business: precise rules, and nearest neighbours over the examples of {@code knowledge/guard-examples.json}.
 *
 * <p>Core. May import {@code corpus} and {@code retrieval} (vector arithmetic); never {@code answer}, {@code app} or an
 * adapter.
 */
package org.protocolbot.guard;
