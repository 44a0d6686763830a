package org.mandategraph.export;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.riot.system.StreamRDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.RDFWriterRegistry;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.mandategraph.vocab.Prefixes;

/**
 * Writes a dataset with an RDF4J Rio writer picked from Rio's registry by the command-line name (a file
 * extension such as {@code ttl} or the format's name squashed, {@code rdfxml}), statement by statement.
 * Formats with named graphs keep one graph per document; the others get the union of all graphs.
 */
public final class RdfExport {
    private RdfExport() {
    }

    /** The Rio format for a name, from the writers registered on the class path. */
    public static Optional<RDFFormat> format(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.toLowerCase(Locale.ROOT);
        return RDFWriterRegistry.getInstance().getKeys().stream()
                .filter(f -> f.getFileExtensions().contains(n) || squash(f.getName()).equals(n))
                .findFirst();
    }

    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    public static void write(DatasetGraph dsg, RDFFormat format, OutputStream out) {
        if (format.equals(RDFFormat.JSONLD)) {
            // Rio's compaction only knows prefixes; expand with Rio, then compact against the published context
            ByteArrayOutputStream expanded = new ByteArrayOutputStream();
            WriterConfig cfg = new WriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.EXPAND);
            stream(dsg, Rio.createWriter(format, expanded).setWriterConfig(cfg), false);
            JsonLdContext.compact(expanded.toByteArray(), out);
            return;
        }
        RDFWriter writer = Rio.createWriter(format, out);
        writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        stream(dsg, writer, format.supportsContexts());
    }

    /**
     * A {@link StreamRDF} onto a Rio writer of {@code format}, for writing document by document as the ingest driver
     * delivers them: quads keep their graph where the format has graphs; elsewhere they are written as triples.
     */
    public static StreamRDF streamWriter(RDFFormat format, OutputStream out) {
        // Rio's text writers encode every token through an unbuffered OutputStreamWriter; a buffered writer in
        // front of the stream cut the time of writing N-Triples from most of an extraction to a small part of it
        RDFWriter writer = format.hasCharset()
                ? Rio.createWriter(format, new java.io.BufferedWriter(new java.io.OutputStreamWriter(out,
                        format.getCharset()), 1 << 16))
                : Rio.createWriter(format, out);
        boolean quads = format.supportsContexts();
        return new StreamRDF() {
            @Override
            public void start() {
                writer.startRDF();
                Prefixes.ALL.forEach(writer::handleNamespace);
            }

            @Override
            public void triple(Triple t) {
                writer.handleStatement(RioBridge.statement(t));
            }

            @Override
            public void quad(org.apache.jena.sparql.core.Quad q) {
                writer.handleStatement(quads ? RioBridge.statement(q) : RioBridge.statement(q.asTriple()));
            }

            @Override
            public void base(String base) {
            }

            @Override
            public void prefix(String prefix, String iri) {
            }

            @Override
            public void finish() {
                writer.endRDF();
            }
        };
    }

    private static void stream(DatasetGraph dsg, RDFWriter writer, boolean quads) {
        Runnable body = () -> {
            writer.startRDF();
            Prefixes.ALL.forEach(writer::handleNamespace);
            if (quads) {
                forEach(dsg.find(), q -> writer.handleStatement(RioBridge.statement(q)));
            } else {
                forEachUnionTriple(dsg, t -> writer.handleStatement(RioBridge.statement(t)));
            }
            writer.endRDF();
        };
        if (dsg.supportsTransactions() && !dsg.isInTransaction()) {
            Txn.executeRead(dsg, body);
        } else {
            body.run();
        }
    }

    /** Each triple of the default graph and of the union of the named graphs, once. */
    public static void forEachUnionTriple(DatasetGraph dsg, Consumer<Triple> action) {
        Graph dft = dsg.getDefaultGraph();
        forEach(dft.find(), action);
        boolean dftEmpty = dft.isEmpty();
        forEach(dsg.getUnionGraph().find(), t -> {
            if (dftEmpty || !dft.contains(t)) {
                action.accept(t);
            }
        });
    }

    private static <T> void forEach(Iterator<T> it, Consumer<T> action) {
        try {
            while (it.hasNext()) {
                action.accept(it.next());
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }
}
