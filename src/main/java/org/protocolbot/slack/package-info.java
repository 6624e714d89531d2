/**
 * The Slack adapter on Bolt for Java: requests in (slash command, mentions, direct messages, button clicks), Block Kit out.
 *
 * <p>An adapter: translation only; may import the core, {@code chat}, {@code surface}, {@code delivery} and {@code feedback}.
 */
package org.protocolbot.slack;
