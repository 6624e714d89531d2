package org.protocolbot.feedback.report;

import org.protocolbot.feedback.FeedbackStore;
import org.protocolbot.feedback.FeedbackConfig;
import org.protocolbot.feedback.JdbcFeedbackStore;
import org.protocolbot.feedback.FeedbackStoreException;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code protocol-bot report [--since DATE] [--json]} does: open the feedback store the configuration names,
 * build the report and print it. The CLI command only parses its options and calls {@link #run}.
 */
public final class ReportCommandRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ReportCommandRunner.class);

    private ReportCommandRunner() {
    }

    /**
     * @return 0 when the report was printed; 1 when the database could not be read, after printing a message fit
     *         for the operator to {@code err} (details go to the log under a correlation id, never a stack trace)
     */
    public static int run(FeedbackConfig config, Optional<LocalDate> since, boolean json, PrintStream out,
            PrintStream err) {
        ProtocolReport report;
        try (FeedbackStore store = JdbcFeedbackStore.open(config)) {
            report = new ReportBuilder().build(store, since);
        } catch (FeedbackStoreException e) {
            String correlationId = UUID.randomUUID().toString();
            // One line for the operator; the trace only at DEBUG (a database in use is not a fault to debug).
            LOG.debug("report failed [{}]", correlationId, e);
            err.println(e.getMessage() + " (correlation id " + correlationId + ")");
            return 1;
        }
        out.print(json ? ReportJson.render(report) : ReportText.render(report));
        out.flush();
        return 0;
    }
}
