package org.mandategraph.ingest;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.mandategraph.annotate.AnnotatedDocument;

/** One file read, annotated and mapped once: the document and its graph, ready for any sink. */
public record Extracted(Path file, AnnotatedDocument document, Graph graph) {
    public String iri() {
        return document.iri();
    }

    /**
     * The named graph this file's triples go to: its language version of the document, so the Chinese and the
     * English file of one resolution are stored side by side and merge in the union graph, while a second file in
     * the same language is the same version (a conflict, or a reload that replaces it).
     */
    public String graphIri() {
        return org.mandategraph.vocab.Iris.version(document.iri(), document.language().tag());
    }
}
