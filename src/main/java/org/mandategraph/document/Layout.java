package org.mandategraph.document;

import java.util.List;

/**
 * What a reader knows about how a document is laid out: its physical lines in reading order. It is the product
 * every reader gives (plain text infers pages and indents; a PDF reader can pass fonts' rises and positions, a
 * DOCX reader its footnote parts), and the segmenter builds the structure from it.
 */
public record Layout(List<SourceLine> lines) {
    public Layout {
        lines = List.copyOf(lines);
    }

    /** The number of the last page (1 when nothing broke a page). */
    public int pages() {
        return lines.isEmpty() ? 1 : lines.get(lines.size() - 1).page();
    }
}
