package org.mandategraph.segment;

import java.util.ArrayList;
import java.util.List;
import org.mandategraph.document.Layout;
import org.mandategraph.document.SourceLine;
import org.mandategraph.document.SourceText;
import org.mandategraph.read.TextLayout;

/**
 * The segmenter's working line: where a reader's line is in the source, its printed form ({@code raw}, for widths),
 * and its words with the markers back in-band ({@code clean}), which only the segmenter's stages see.
 */
record Line(int start, int end, String raw, String clean, boolean indented, boolean afterPageBreak,
            SourceLine.Role role, boolean heading) {
    boolean blank() {
        return clean.isEmpty();
    }

    /** The same line, known to be the first after a page's footnotes: the page broke before it. */
    Line afterBreak() {
        return new Line(start, end, raw, clean, indented, true, role, heading);
    }

    /** The same line as page furniture: a running head the reader could not tell from text. */
    Line asRunningHead() {
        return new Line(start, end, raw, clean, indented, afterPageBreak, SourceLine.Role.RUNNING_HEAD, heading);
    }

    /** The reader's lines (or, for text built by hand, those its format's reader would give). */
    static List<Line> of(SourceText src) {
        Layout layout = src.layout() != null ? src.layout() : TextLayout.forFormat(src.format(), src.text());
        List<Line> out = new ArrayList<>();
        for (SourceLine l : layout.lines()) {
            out.add(new Line(l.span().start(), l.span().end(), l.span().of(src.text()), TextLayout.withMarkers(l),
                    l.indented(), false, l.role(), l.heading()));
        }
        return out;
    }
}
