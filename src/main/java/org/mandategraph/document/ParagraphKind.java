package org.mandategraph.document;

/**
 * The role of a top-level paragraph: unnumbered preamble, numbered operative part, a report paragraph, or a paragraph
 * of a text the resolution annexes (a declaration it adopts), printed after its closing record.
 */
public enum ParagraphKind {
    PREAMBULAR("pp"), OPERATIVE("op"), REPORT("para"), ANNEX("annex");

    private final String iriSegment;

    ParagraphKind(String iriSegment) {
        this.iriSegment = iriSegment;
    }

    /** The path segment SPEC §2 fixes for this kind ({@code pp}, {@code op}, {@code para}). */
    public String iriSegment() {
        return iriSegment;
    }
}
