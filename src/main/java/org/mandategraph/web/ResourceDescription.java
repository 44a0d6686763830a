package org.mandategraph.web;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.mandategraph.vocab.MG;

/**
 * The description served for a resource IRI, close to a concise bounded description: every triple with the
 * resource as subject, the labels of what it points at, and the links into it that users follow back
 * (which paragraphs task, cite or mention it, which mandates address it, which reports respond to it).
 */
final class ResourceDescription {
    static final List<Node> LABELS = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), MG.symbol.asNode(),
            DCTerms.title.asNode(), MG.number.asNode());
    static final List<Node> INCOMING = List.of(MG.tasks.asNode(), MG.cites.asNode(), MG.mentions.asNode(),
            MG.addressee.asNode(), MG.respondsTo.asNode());

    private ResourceDescription() {
    }

    /** The union view the server reads: default graph plus all named graphs. */
    static Graph union(DatasetGraph dsg) {
        return new Union(dsg.getDefaultGraph(), dsg.getUnionGraph());
    }

    /** Call inside a read transaction; an empty graph means the resource is unknown. */
    static Graph describe(Graph data, String iri) {
        Node r = NodeFactory.createURI(iri);
        Graph out = GraphFactory.createDefaultGraph();
        data.find(r, Node.ANY, Node.ANY).forEachRemaining(t -> {
            out.add(t);
            if (t.getObject().isURI()) {
                labels(data, t.getObject(), out);
            }
        });
        for (Node p : INCOMING) {
            data.find(Node.ANY, p, r).forEachRemaining(t -> {
                out.add(t);
                labels(data, t.getSubject(), out);
            });
        }
        return out;
    }

    static void labels(Graph data, Node n, Graph out) {
        for (Node p : LABELS) {
            data.find(n, p, Node.ANY).forEachRemaining(out::add);
        }
    }

    static boolean known(Graph data, String iri) {
        Node r = NodeFactory.createURI(iri);
        if (data.contains(r, Node.ANY, Node.ANY)) {
            return true;
        }
        return INCOMING.stream().anyMatch(p -> data.contains(Triple.create(Node.ANY, p, r)));
    }
}
