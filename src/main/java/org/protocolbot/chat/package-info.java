/**
 * The chat language every surface shares (6.3, leeds 7.4, search, compare, councils, help, or a question) and the wording of everything the bot says that is not a quote, per surface.
 *
 * <p>Above the core: may import the core packages; never an adapter.
 */
package org.protocolbot.chat;
