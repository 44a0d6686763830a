package org.mandategraph.ingest;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.mandategraph.vocab.Iris;

/**
 * Writes documents to a {@link StreamRDF} as they come: with {@code quads}, each document in its own named graph and
 * the derived links in {@link Iris#LINKS_GRAPH}; without, the union as triples, where the descriptions of resources
 * that several documents cite are written once. Holds in memory only those shared descriptions and the few triples
 * the link rules read, never the documents.
 */
public final class StreamSink implements DocumentSink {
    private final StreamRDF out;
    private final boolean quads;
    private final Set<Triple> shared = new HashSet<>();
    private final Graph relevant = GraphFactory.createDefaultGraph();

    public StreamSink(StreamRDF out, boolean quads) {
        this.out = out;
        this.quads = quads;
        out.start();
        org.mandategraph.vocab.Prefixes.ALL.forEach(out::prefix);
    }

    @Override
    public void document(Extracted doc) {
        Node g = NodeFactory.createURI(doc.graphIri());
        String own = doc.iri();
        doc.graph().find().forEachRemaining(t -> {
            if (Links.relevant(t)) {
                relevant.add(t);
            }
            if (quads) {
                out.quad(new org.apache.jena.sparql.core.Quad(g, t));
            } else if (partOf(t, own) || shared.add(t)) {
                // the document's own description goes into the shared set too: others describe it when they cite it
                out.triple(t);
            }
        });
    }

    /** A triple about a part of the document (a paragraph, a mandate), which no other document describes. */
    private static boolean partOf(Triple t, String iri) {
        Node s = t.getSubject();
        return s.isURI() && s.getURI().startsWith(iri + "/");
    }

    @Override
    public void finish() {
        Node links = NodeFactory.createURI(Iris.LINKS_GRAPH);
        for (Triple t : Links.derive(relevant)) {
            if (quads) {
                out.quad(new org.apache.jena.sparql.core.Quad(links, t));
            } else if (shared.add(t)) {
                out.triple(t);
            }
        }
        out.finish();
    }
}
