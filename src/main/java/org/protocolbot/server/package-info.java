/**
 * The HTTP server (Javalin 7 on Jetty 12): the JSON API, the try-it page, health, metrics, and the mounts of the Slack and Teams adapters.
 *
 * <p>The outermost layer beside {@code cli}: may import everything else.
 */
package org.protocolbot.server;
