package org.mandategraph.ingest;

import org.mandategraph.rdf.DocumentMapper;
import org.mandategraph.ingest.ResponseLinker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.read.DocumentReaders;

/**
 * The outcome of extracting a batch: a dataset with one named graph per document (named by the document IRI),
 * the annotated documents, and how many inputs failed. A failing file is reported with its name and the
 * problem; the rest of the batch is still extracted.
 */
public record BatchResult(Dataset dataset, List<AnnotatedDocument> documents, int failures) {

    public static BatchResult extract(Extractor extractor, List<Path> inputs, PrintWriter err) throws IOException {
        return extract(extractor, inputs, err, f -> { });
    }

    /** As {@link #extract(Extractor, List, PrintWriter)}, telling {@code onFile} after each file is read (progress). */
    public static BatchResult extract(Extractor extractor, List<Path> inputs, PrintWriter err,
            java.util.function.Consumer<Path> onFile) throws IOException {
        Dataset ds = DatasetFactory.createTxnMem();
        List<AnnotatedDocument> docs = new ArrayList<>();
        int failures = 0;
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                err.println("mandategraph: " + in + ": no such file or folder");
                failures++;
            } else if (Files.isDirectory(in) && DocumentReaders.expand(List.of(in)).isEmpty()) {
                err.println("mandategraph: " + in + ": no .txt or .md documents in this folder");
                failures++;
            }
        }
        List<Path> files = DocumentReaders.expand(inputs.stream().filter(Files::exists).toList());
        DocumentMapper mapper = new DocumentMapper(extractor.gazetteer());
        for (Path f : files) {
            try {
                AnnotatedDocument ad = extractor.extract(f);
                docs.add(ad);
                ad.document().diagnostics().forEach(d -> err.println("mandategraph: " + d));
            } catch (IOException | RuntimeException e) {
                failures++;
                String msg = e.getMessage() == null ? e.toString() : e.getMessage();
                err.println("mandategraph: " + f + ": " + msg.replace(f.getFileName() + ": ", ""));
            }
            onFile.accept(f);
        }
        docs = ResponseLinker.link(docs);
        for (AnnotatedDocument ad : docs) {
            Graph g = GraphFactory.createDefaultGraph();
            mapper.emit(ad, StreamRDFLib.graph(g));
            ds.asDatasetGraph().addGraph(NodeFactory.createURI(ad.iri()), g);
        }
        err.flush();
        return new BatchResult(ds, docs, failures);
    }
}
