package org.mandategraph.document;

import java.util.List;

/**
 * What a reader knows about how a document is laid out: its physical lines in reading order. It is the product
 * every reader gives (plain text infers pages and indents; a PDF reader can pass fonts' rises and positions, a
 * DOCX reader its footnote parts), and the segmenter builds the structure from it.
 *
 * @param printedPages whether each line's page is the page it is printed on (a PDF), so worth keeping as
 *                     evidence, rather than a page inferred from form feeds and furniture in text
 */
public record Layout(List<SourceLine> lines, boolean printedPages) {
    public Layout {
        lines = List.copyOf(lines);
    }

    /** A layout whose pages are inferred (form feeds, furniture in text), not known from the format. */
    public Layout(List<SourceLine> lines) {
        this(lines, false);
    }

    /** The number of the last page (1 when nothing broke a page). */
    public int pages() {
        return lines.isEmpty() ? 1 : lines.get(lines.size() - 1).page();
    }
}
