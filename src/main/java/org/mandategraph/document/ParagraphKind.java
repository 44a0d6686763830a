package org.mandategraph.document;

/** The role of a top-level paragraph: unnumbered preamble, numbered operative part, or a report paragraph. */
public enum ParagraphKind {
    PREAMBULAR("pp"), OPERATIVE("op"), REPORT("para");

    private final String iriSegment;

    ParagraphKind(String iriSegment) {
        this.iriSegment = iriSegment;
    }

    /** The path segment SPEC §2 fixes for this kind ({@code pp}, {@code op}, {@code para}). */
    public String iriSegment() {
        return iriSegment;
    }
}
