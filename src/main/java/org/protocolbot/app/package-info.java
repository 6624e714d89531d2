/**
 * Assembly: the settings table read from the environment, and the one wiring of the answer pipeline ({@link org.protocolbot.app.BotLoader}).
 *
 * <p>May import the core, {@code chat} and {@code feedback} (to hand it its configuration); never an adapter.
 */
package org.protocolbot.app;
