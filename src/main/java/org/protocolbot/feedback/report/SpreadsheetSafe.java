package org.protocolbot.feedback.report;

/**
 * Text from users (questions, and whatever a click carried) made safe to open in a spreadsheet: a value starting
 * with {@code = + - @}, a tab or a carriage return is run as a formula by Excel, LibreOffice and Google Sheets
 * when the report is pasted or imported, so it gets a leading apostrophe, which they show as text (OWASP's rule
 * for CSV injection). Applied when the report is built, so the text and JSON reports agree; the store keeps
 * what was typed.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + value : value;
    }
}
