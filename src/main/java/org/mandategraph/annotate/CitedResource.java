package org.mandategraph.annotate;

/**
 * Something a citation points at, with what is known about it so the graph can describe it even when the
 * cited document was never read. {@code kind} is one of resolution, decision, document, instrument, provision.
 *
 * @param bodyCode       issuing body of a resolution or decision ({@code GA})
 * @param number         resolution/decision number ({@code 65/232})
 * @param symbol         UN symbol of a document ({@code A/67/156})
 * @param instrumentCode instrument a provision belongs to
 * @param parentIri      the next larger unit of a provision (article of a paragraph, instrument of an article)
 * @param label          a readable label ({@code 第 7 条第 1 款})
 */
public record CitedResource(String iri, Kind kind, String bodyCode, String number, String symbol,
                            String instrumentCode, String parentIri, String label) {
    public enum Kind { RESOLUTION, DECISION, DOCUMENT, INSTRUMENT, PROVISION }
}
