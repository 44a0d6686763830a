package org.mandategraph.document;

import java.util.List;

/**
 * One physical line as a reader saw it: the page it is printed on (from 1), its indent, its words with markup
 * and markers removed, where it stands in the source text, and the markers that were printed inside it.
 *
 * @param indent       leading white-space characters in the source (0: flush left); a PDF reader may pass
 *                     its own measure, in the same sense (greater is further right)
 * @param text         the line's words, markup removed (no in-band marker characters)
 * @param span         the line in {@link SourceText#text()}, without leading and trailing white space
 * @param markers      markers in the line, in order, each at an offset into {@code text}
 * @param role         what the line is on the page
 * @param headingLevel 1–6 for a line the format marks as a heading (markdown {@code #}, a DOCX heading style),
 *                     0 otherwise
 * @param left         where the line starts on its page, in points from the page's left edge (NaN when the
 *                     format does not place its lines: text, Word)
 * @param baseline     the line's baseline in points from the page's top edge (NaN when not placed)
 */
public record SourceLine(int page, int indent, String text, Span span, List<MarkerRun> markers, Role role,
                         int headingLevel, float left, float baseline) {
    /** A line whose place on the page is not known. */
    public SourceLine(int page, int indent, String text, Span span, List<MarkerRun> markers, Role role, int headingLevel) {
        this(page, indent, text, span, markers, role, headingLevel, Float.NaN, Float.NaN);
    }

    /** Whether the reader knew where on the page the line is printed. */
    public boolean placed() {
        return !Float.isNaN(left) && !Float.isNaN(baseline);
    }

    /** What a line is on the page, as far as the reader can tell without knowing the document's structure. */
    public enum Role {
        /** Words of the document. */
        TEXT,
        /** Nothing printed. */
        BLANK,
        /** A rule or wide empty band, as printed above a page's footnotes. */
        RULE,
        /** Page furniture at the foot of a page (page number, job number); a page ends after it. */
        PAGE_FOOTER,
        /** The document's symbol or a barcode repeated at the top of a page; also printed in the header. */
        RUNNING_HEAD
    }

    public SourceLine {
        markers = List.copyOf(markers);
        if (page < 1) {
            throw new IllegalArgumentException("pages count from 1: " + page);
        }
        for (MarkerRun m : markers) {
            if (m.at() > text.length()) {
                throw new IllegalArgumentException("marker " + m.label() + " beyond the line: " + m.at());
            }
        }
    }

    public boolean blank() {
        return role == Role.BLANK || role == Role.RULE;
    }

    public boolean indented() {
        return indent > 0;
    }

    public boolean heading() {
        return headingLevel > 0;
    }
}
