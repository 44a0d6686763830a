package org.mandategraph.annotate;

/**
 * The typed layers of an {@link AnnotatedDocument}; annotators declare which they need and which they fill.
 * {@link #STRUCTURE} is the segmenter's (paragraphs, footnotes, the header as printed); {@link #HEADER} is the
 * header resolved to codes and the document's IRI.
 */
public enum Layer {
    STRUCTURE, HEADER, MENTIONS, LEAD_VERBS, MANDATES, CITATIONS, RESPONDS
}
