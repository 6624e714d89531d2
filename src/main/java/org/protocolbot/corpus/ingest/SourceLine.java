package org.protocolbot.corpus.ingest;

/**
 * A logical line of a source: one or more physical lines joined (a wrapped paragraph), with debris removed.
 *
 * @param firstLine first physical line number (1-based)
 * @param lastLine  last physical line number
 * @param indent    leading spaces of the first physical line (sub-points are indented)
 * @param bullet    whether it began with a list marker ({@code - })
 * @param text      cleaned text without the list marker
 * @param footnoteRefs footnote numbers referenced by superscript markers in the text
 */
record SourceLine(int firstLine, int lastLine, int indent, boolean bullet, String text, java.util.List<String> footnoteRefs) {
}
