/**
 * The monitoring officer's report: built from what the feedback store holds ({@code ReportBuilder}), rendered as
 * text or JSON, and run by the {@code report} command. Reads the store through {@code org.protocolbot.feedback};
 * the store never imports this package.
 */
package org.protocolbot.feedback.report;
