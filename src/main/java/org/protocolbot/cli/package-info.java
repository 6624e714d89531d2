/**
 * The command line (picocli): one class per command.
 *
 * <p>The outermost layer beside {@code server}: may import everything else.
 */
package org.protocolbot.cli;
