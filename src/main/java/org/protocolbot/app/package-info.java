/**
 * Assembly: the settings table read from the environment, and the one wiring of the answer pipeline ({@link org.protocolbot.app.BotLoader}).
 *
 * <p>May import the core and {@code chat}; never an adapter.
 */
package org.protocolbot.app;
