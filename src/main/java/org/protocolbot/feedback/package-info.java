/**
 * The feedback store (H2 or PostgreSQL, Flyway migrations), the recorder and the signed feedback values; the report lives in {@code feedback.report}.
 *
 * <p>May import {@code answer} values; never {@code app} (its configuration, {@link org.protocolbot.feedback.FeedbackConfig},
 * is translated from the settings in {@code app.Settings}) or an adapter.
 */
package org.protocolbot.feedback;
