package org.mandategraph.annotate;

/** The typed layers of an {@link AnnotatedDocument}; annotators declare which they need and which they fill. */
public enum Layer {
    STRUCTURE, MENTIONS, LEAD_VERBS, MANDATES, CITATIONS, RESPONDS
}
