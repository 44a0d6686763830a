package org.mandategraph.annotate;

/**
 * Where an annotated piece of text lives: paragraph {@code paragraph} (index into
 * {@code UnDocument.paragraphs()}, or -1 for the header and summary), optionally one of its sub-paragraphs,
 * optionally a footnote whose marker sits there. Spans of annotations are offsets into that text.
 */
public record Locus(int paragraph, String subParagraph, String footnote) {
    public static Locus paragraph(int i) {
        return new Locus(i, null, null);
    }

    public static Locus sub(int i, String label) {
        return new Locus(i, label, null);
    }

    public Locus inFootnote(String number) {
        return new Locus(paragraph, subParagraph, number);
    }

    public static final Locus HEADER = new Locus(-1, null, null);
}
