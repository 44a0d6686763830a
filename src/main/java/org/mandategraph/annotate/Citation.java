package org.mandategraph.annotate;

import org.mandategraph.document.Span;

/** A reference made at {@code locus} (in text or in a footnote) to {@code target}, read from {@code span}. */
public record Citation(Locus locus, CitedResource target, Span span, String surface) {
}
