package org.protocolbot.feedback.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.protocolbot.feedback.report.ProtocolReport.ClauseCount;
import org.protocolbot.feedback.report.ProtocolReport.CouncilSection;
import org.protocolbot.feedback.report.ProtocolReport.QuestionCount;
import org.protocolbot.feedback.report.ProtocolReport.Refusals;
import org.protocolbot.feedback.report.ProtocolReport.Totals;

/** The report as plain text for a terminal: headline counts, then each list with its count in a column. */
public final class ReportText {

    private static final String NONE = "(none)\n";

    private ReportText() {
    }

    public static String render(ProtocolReport report) {
        StringBuilder out = new StringBuilder();
        out.append("protocol-bot report: ")
                .append(report.since() == null ? "everything recorded" : "since " + report.since())
                .append(" (dates in UTC)\n\n");
        totals(out, report.totals());

        heading(out, "Questions with no match, most asked first");
        questions(out, report.unanswered(), "  ");
        heading(out, "Answers marked not helpful");
        list(out, report.notHelpfulAnswers(), "  ", a -> line("  ", a.count(), a.question()
                + "  [" + a.outcome() + (a.citations().isEmpty() ? "" : ": " + String.join(", ", a.citations()))
                + "]"));
        heading(out, "Clauses cited in answers marked not helpful");
        clauses(out, report.notHelpfulClauses(), "  ");
        heading(out, "Refusals by guard rule");
        refusals(out, report.refusals(), "  ");

        for (CouncilSection council : report.councils()) {
            out.append("\nCouncil: ").append(council.council()).append(" (").append(council.helpful())
                    .append(" helpful, ").append(council.notHelpful()).append(" not helpful)\n");
            out.append("  Questions with no match\n");
            questions(out, council.unanswered(), "    ");
            out.append("  Clauses cited in answers marked not helpful\n");
            clauses(out, council.notHelpfulClauses(), "    ");
            out.append("  Refusals by guard rule\n");
            refusals(out, council.refusals(), "    ");
        }
        return out.toString();
    }

    private static void totals(StringBuilder out, Totals totals) {
        out.append("Feedback: ").append(totals.feedback()).append(totals.feedback() == 1 ? " click" : " clicks")
                .append(" from ").append(totals.distinctUsers())
                .append(totals.distinctUsers() == 1 ? " person" : " people").append(": ")
                .append(totals.helpful()).append(" helpful, ").append(totals.notHelpful()).append(" not helpful\n");
        out.append("Question log: ").append(totals.unanswered()).append(" with no match, ")
                .append(totals.refused()).append(" refused");
        if (totals.unanswered() + totals.refused() == 0) {
            out.append(" (the log is opt-in: set PROTOCOL_LOG_QUESTIONS=true on the bot)");
        }
        out.append('\n');
    }

    private static void heading(StringBuilder out, String title) {
        out.append('\n').append(title).append('\n');
    }

    private static void questions(StringBuilder out, List<QuestionCount> rows, String indent) {
        list(out, rows, indent, q -> line(indent, q.count(), q.question()));
    }

    private static void clauses(StringBuilder out, List<ClauseCount> rows, String indent) {
        list(out, rows, indent, c -> line(indent, c.count(), c.clause()));
    }

    private static void refusals(StringBuilder out, List<Refusals> rows, String indent) {
        list(out, rows, indent, r -> {
            StringBuilder block = new StringBuilder(line(indent, r.count(), r.rule()));
            r.questions().forEach(q -> block.append(line(indent + "      ", q.count(), q.question())));
            return block.toString();
        });
    }

    private static <T> void list(StringBuilder out, List<T> rows, String indent, Function<T, String> render) {
        if (rows.isEmpty()) {
            out.append(indent).append(NONE);
        }
        rows.forEach(row -> out.append(render.apply(row)));
    }

    private static String line(String indent, int count, String text) {
        // "\n" rather than %n: the same report must give the same bytes on every platform.
        return String.format(Locale.ROOT, "%s%5d  %s\n", indent, count, text);
    }
}
