package org.mandategraph.annotate;

/**
 * A report answering a resolution ({@code mg:respondsTo}), with where it was read. {@code mandateIri} is the
 * reporting mandate's paragraph-level mandate when the answered resolution is in the same batch, else null.
 */
public record Response(String reportIri, String resolutionIri, Locus locus, String evidence) {
}
