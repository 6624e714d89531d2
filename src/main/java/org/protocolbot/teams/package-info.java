/**
 * The Teams adapter on botbuilder-java: activities in, Adaptive Cards out.
 *
 * <p>An adapter: translation only; may import the core, {@code chat}, {@code surface}, {@code delivery} and {@code feedback}.
 */
package org.protocolbot.teams;
