/**
 * Retried delivery of replies to Slack and Teams (backoff on 408, 429 and 5xx, with Retry-After).
 *
 * <p>May import nothing of the bot but its own values; used by the adapters.
 */
package org.protocolbot.delivery;
