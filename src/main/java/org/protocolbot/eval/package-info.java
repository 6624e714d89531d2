/**
 * Evaluation and tuning: reading question files, the figures the project is judged on, misses grouped by council and topic, and k-fold cross-validation.
 *
 * <p>May import the core; never an adapter.
 */
package org.protocolbot.eval;
