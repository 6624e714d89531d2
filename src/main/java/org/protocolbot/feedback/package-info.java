/**
 * The feedback store (H2 or PostgreSQL, Flyway migrations), the recorder and the signed feedback values; the report lives in {@code feedback.report}.
 *
 * <p>May import {@code answer} values and {@code app.Settings} (its configuration: an upward import not yet removed);
 * never an adapter.
 */
package org.protocolbot.feedback;
