package org.mandategraph.annotate;

import org.mandategraph.document.Span;

/** The verb an operative paragraph opens with ({@code 请}, {@code 重申}), as a verb-scheme code. */
public record LeadVerb(int paragraph, String verbCode, Span span) {
}
