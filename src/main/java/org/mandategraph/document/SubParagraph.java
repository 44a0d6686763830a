package org.mandategraph.document;

import java.util.List;

/** A lettered or roman sub-paragraph ({@code (a)}, {@code (iv)}) of an operative or report paragraph. */
public record SubParagraph(String label, String text, Span sourceSpan, List<String> footnoteMarkers) {
    public SubParagraph {
        footnoteMarkers = List.copyOf(footnoteMarkers);
    }
}
