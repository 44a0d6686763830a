package org.mandategraph.document;

/**
 * A marker printed inside a line that is not part of its words: a raised footnote number ({@code ¹},
 * {@code <sup>1</sup>}) or a footnote reference the format marks as such (a DOCX footnote reference, a markdown
 * {@code [^1]}). Readers keep markers out of the line's text so no format has to encode them in-band.
 *
 * @param label the marker as printed ({@code "1"}, {@code "*"})
 * @param at    offset in the line's {@link SourceLine#text() text} the marker stands before
 */
public record MarkerRun(Kind kind, String label, int at) {
    /** How the input showed the marker. */
    public enum Kind {
        /** Printed raised (a superscript character, {@code <sup>}, a PDF font rise): a footnote marker. */
        SUPERSCRIPT,
        /** Marked by the format itself as a reference to a footnote part (DOCX, markdown {@code [^1]}). */
        FOOTNOTE_REFERENCE
    }

    public MarkerRun {
        if (at < 0) {
            throw new IllegalArgumentException("marker before the line: " + at);
        }
    }
}
