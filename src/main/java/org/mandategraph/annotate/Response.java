package org.mandategraph.annotate;

/**
 * A report answering a resolution ({@code mg:respondsTo}), with where it was read. Which of the resolution's
 * mandates it answers ({@code mg:answersMandate}) is derived across documents by the ingest layer's rules.
 */
public record Response(String reportIri, String resolutionIri, Locus locus, String evidence) {
}
