package org.mandategraph.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.vocab.Iris;

/**
 * A batch extracted into memory: one named graph per document (named by the document IRI) and the derived links in
 * {@link Iris#LINKS_GRAPH}, with the annotated documents and how many inputs failed. For tests and small batches;
 * {@link Ingest} with a streaming sink is how large corpora go.
 */
public record BatchResult(Dataset dataset, List<Extracted> extracted, int failures) {

    /** The annotated documents, in input order. */
    public List<AnnotatedDocument> documents() {
        return extracted.stream().map(Extracted::document).toList();
    }

    public static BatchResult extract(Extractor extractor, List<Path> inputs, PrintWriter err) {
        Dataset ds = DatasetFactory.createTxnMem();
        List<Extracted> docs = new ArrayList<>();
        Graph relevant = GraphFactory.createDefaultGraph();
        Ingest.Summary s = new Ingest(extractor, 1).run(inputs, x -> {
            docs.add(x);
            ds.asDatasetGraph().addGraph(NodeFactory.createURI(x.graphIri()), x.graph());
            x.graph().find().filterKeep(Links::relevant).forEachRemaining(relevant::add);
        }, err, f -> { });
        Graph links = GraphFactory.createDefaultGraph();
        Links.derive(relevant).forEach(links::add);
        if (!links.isEmpty()) {
            ds.asDatasetGraph().addGraph(NodeFactory.createURI(Iris.LINKS_GRAPH), links);
        }
        return new BatchResult(ds, docs, s.failures());
    }
}
