package org.mandategraph.ingest;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.mandategraph.annotate.AnnotatedDocument;

/** One file read, annotated and mapped once: the document and its graph, ready for any sink. */
public record Extracted(Path file, AnnotatedDocument document, Graph graph) {
    public String iri() {
        return document.iri();
    }
}
