package org.mandategraph.annotate;

/**
 * A report answering a resolution ({@code mg:respondsTo}), with where it was read. {@code mandateIri} is the
 * reporting mandate the report answers ({@code mg:answersMandate}) when the answered resolution is in the same
 * batch (set by {@code ResponseLinker}), else null.
 */
public record Response(String reportIri, String resolutionIri, Locus locus, String evidence, String mandateIri) {
    public Response withMandate(String iri) {
        return new Response(reportIri, resolutionIri, locus, evidence, iri);
    }
}
