/**
 * The benchmark: cold start, latency, throughput, memory and a scaled corpus, reported as figures and ratios.
 *
 * <p>May import {@code app} and the core; never an adapter (the load driver reaches the server through {@code LoadTarget}).
 */
package org.protocolbot.bench;
