package org.mandategraph.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.store.FSDirectory;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.ingest.BatchResult;
import org.mandategraph.ingest.DocumentSink;
import org.mandategraph.ingest.Extracted;
import org.mandategraph.ingest.Links;
import org.mandategraph.vocab.Iris;
import org.mandategraph.vocab.MG;
import org.mandategraph.lexicon.ReferenceData;

/**
 * The persistent store: a TDB2 database at {@code DIR/tdb2} with a jena-text Lucene index over {@code mg:text} at
 * {@code DIR/text}. Each document lives in its own named graph; the default graph seen by queries is the union of
 * the named graphs. Loading commits documents in batches ({@link Loader}); a batch is one transaction, so after any
 * crash each document's graph is all there or absent, and a failing document never costs what is already stored.
 */
public final class Store implements AutoCloseable {
    public static final String GRAPH_NS = Iris.GRAPH_NS;
    /** Triples derived by the rules in {@code org/mandategraph/rules/*.rq}, kept up to date by every load. */
    public static final String LINKS_GRAPH = Iris.LINKS_GRAPH;
    /** Where each document was loaded from ({@code mg:sourcePath}), so only a true reload replaces a graph. */
    public static final String SOURCES_GRAPH = GRAPH_NS + "sources";
    private static final Node SOURCE_PATH = MG.sourcePath.asNode();
    public static final Path DEFAULT_DIR = Path.of("data");
    private static final String STATS_FILE = "store.properties";

    private final Path dir;
    private final Dataset dataset;
    private final DatasetGraph dsg;
    private final DatasetGraph tdb;
    /** Quads deleted by replacements since the store was opened: what a compaction would reclaim. */
    private long removedQuads;

    private Store(Path dir, Dataset dataset, DatasetGraph tdb) {
        this.dir = dir;
        this.dataset = dataset;
        this.tdb = tdb;
        this.dsg = dataset.asDatasetGraph();
    }

    /** Whether {@code dir} holds a store (its TDB2 database folder exists). */
    public static boolean exists(Path dir) {
        return Files.isDirectory(tdbDirectory(dir));
    }

    /** The TDB2 database folder of the store in {@code dir}. */
    public static Path tdbDirectory(Path dir) {
        return dir.resolve("tdb2");
    }

    /** Opens the store in {@code dir}, creating it if needed. */
    public static Store open(Path dir) {
        try {
            Files.createDirectories(tdbDirectory(dir));
            Files.createDirectories(dir.resolve("text"));
            Dataset tdb = TDB2Factory.connectDataset(tdbDirectory(dir).toString());
            tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
            Dataset ds = TextDatasetFactory.createLucene(tdb, FSDirectory.open(dir.resolve("text")), textConfig());
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            ds.getContext().set(Service.httpServiceAllowed, false);
            return new Store(dir, ds, tdb.asDatasetGraph());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open store " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code mg:text} indexed per language: {@code @zh} with {@link ChineseTextAnalyzer}, {@code @en} with Lucene's
     * StandardAnalyzer ({@code text:query (mg:text "…" "lang:zh")}); queries without a language use the Chinese one,
     * which also splits Latin words.
     */
    private static TextIndexConfig textConfig() {
        EntityDefinition def = new EntityDefinition("uri", "text", MG.text.asNode());
        def.setUidField("uid");
        def.setLangField("lang");
        def.setGraphField("graph");
        Util.addAnalyzer("zh", new ChineseTextAnalyzer());
        Util.addAnalyzer("en", new StandardAnalyzer());
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new ChineseTextAnalyzer());
        config.setMultilingualSupport(true);
        config.setValueStored(false);
        return config;
    }

    public Path directory() {
        return dir;
    }

    /** The dataset (text-indexed, union default graph, remote SERVICE off): what the server and queries use. */
    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** The outcome of storing a batch. */
    public record LoadSummary(int documents, long triples, int failures) {
    }

    /** Documents per write transaction: large enough that commits (an fsync each) stop dominating, small enough to bound memory. */
    static final int BATCH_DOCUMENTS = 200;
    /** Triples per write transaction, whichever limit comes first. */
    static final long BATCH_TRIPLES = 400_000;

    /**
     * A sink that stores documents in batches, one write transaction (one commit of TDB2 and of the text index) per
     * batch. Reference data is written before the first document, so every commit leaves a store that validates.
     * Each document replaces the graph of the same IRI and the graph last loaded from the same source file; after
     * the last batch the derived links of the documents that changed are brought up to date. A batch that fails to
     * commit is retried document by document, so one bad document costs only itself.
     */
    public final class Loader implements DocumentSink {
        private final PrintWriter err;
        private final List<Extracted> batch = new ArrayList<>();
        private long batchTriples;
        private final Set<String> changed = new LinkedHashSet<>();
        private int documents;
        private long triples;
        private int failures;
        private long delta;

        private Loader(PrintWriter err) {
            this.err = err;
            refreshReference();
        }

        @Override
        public void document(Extracted doc) {
            batch.add(doc);
            batchTriples += doc.graph().size();
            if (batch.size() >= BATCH_DOCUMENTS || batchTriples >= BATCH_TRIPLES) {
                flush();
            }
        }

        @Override
        public void finish() {
            flush();
            updateStats(delta + refreshLinks(changed));
            // TDB2 keeps the old copy of every block a transaction rewrites: after replacing a tenth of the store,
            // compact so that reloading the same files does not grow it without bound
            long total = tripleCount();
            if (removedQuads > 0 && removedQuads * 10 >= total) {
                long before = sizeOnDisk();
                compact();
                err.println(String.format(java.util.Locale.ROOT, "mandategraph: %s: compacted after replacing %d quads, %d MB to %d MB",
                        dir, removedQuads, before >> 20, sizeOnDisk() >> 20));
                removedQuads = 0;
            }
            err.flush();
        }

        public LoadSummary summary() {
            return new LoadSummary(documents, triples, failures);
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            try {
                long d = Txn.calculateWrite(dsg, () -> {
                    long n = 0;
                    for (Extracted x : batch) {
                        n += replaceDocument(x);
                    }
                    return n;
                });
                delta += d;
                for (Extracted x : batch) {
                    stored(x);
                }
            } catch (RuntimeException batchFailed) {
                for (Extracted x : batch) {
                    try {
                        delta += Txn.calculateWrite(dsg, () -> replaceDocument(x));
                        stored(x);
                    } catch (RuntimeException e) {
                        failures++;
                        err.println("mandategraph: " + x.file() + ": cannot store: "
                                + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    }
                }
            }
            batch.clear();
            batchTriples = 0;
        }

        /** The documents this load stored: a resolution read in two languages counts once. */
        private final Set<String> storedDocuments = new java.util.HashSet<>();

        private void stored(Extracted x) {
            if (storedDocuments.add(x.iri())) {
                documents++;
            }
            triples += x.graph().size();
            changed.add(x.iri());
        }
    }

    /** A loader writing into this store; call {@link Loader#finish()} (the ingest driver does) to complete it. */
    public Loader loader(PrintWriter err) {
        return new Loader(err);
    }

    /** Stores an in-memory batch (its document graphs) through a {@link Loader}. */
    public LoadSummary load(BatchResult batch, PrintWriter err) {
        Loader l = loader(err);
        batch.extracted().forEach(l::document);
        l.finish();
        return l.summary();
    }

    /**
     * Within the caller's write transaction: deletes the graph of the document's language version and the graph last loaded from
     * the same source, adds the new graph and records its source. Returns the change in stored quads.
     */
    private long replaceDocument(Extracted x) {
        Node graphName = NodeFactory.createURI(x.graphIri());
        Node source = NodeFactory.createLiteralString(sourceKey(x.file()));
        Node sources = NodeFactory.createURI(SOURCES_GRAPH);
        Set<Node> stale = new LinkedHashSet<>();
        stale.add(graphName);
        dsg.find(sources, Node.ANY, SOURCE_PATH, source).forEachRemaining(q -> stale.add(q.getSubject()));
        long n = 0;
        for (Node g : stale) {
            long cleared = clearGraph(g);
            removedQuads += cleared;
            n -= cleared;
            List<Quad> old = new ArrayList<>();
            dsg.find(sources, g, SOURCE_PATH, Node.ANY).forEachRemaining(old::add);
            old.forEach(dsg::delete);
            n -= old.size();
        }
        for (Triple t : (Iterable<Triple>) () -> x.graph().find()) {
            dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject());
            n++;
        }
        dsg.add(sources, graphName, SOURCE_PATH, source);
        return n + 1;
    }

    /** A source's identity: its absolute, normalised path, so two files of the same name in two folders stay two. */
    static String sourceKey(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /** Deletes quad by quad so the text index drops the graph's entries too; returns how many were deleted. */
    private long clearGraph(Node g) {
        List<Quad> quads = new ArrayList<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        quads.forEach(dsg::delete);
        dsg.removeGraph(g);
        return quads.size();
    }

    /**
     * In one write transaction, and only when the shipped reference data changed since the last load (fingerprint
     * in {@code store.properties}) or one of its graphs is missing: reloads the ontology, reference data and shapes
     * into their named graphs.
     */
    void refreshReference() {
        boolean current = ReferenceData.fingerprint().equals(readStats().getProperty("reference"));
        List<String> files = new ArrayList<>(ReferenceData.FILES);
        files.add(ReferenceData.SHAPES);
        boolean present = Txn.calculateRead(dsg, () -> files.stream()
                .allMatch(f -> dsg.containsGraph(NodeFactory.createURI(ReferenceData.graphIri(f)))));
        if (current && present) {
            return;
        }
        long n = Txn.calculateWrite(dsg, () -> {
            long d = 0;
            for (String f : files) {
                Node g = NodeFactory.createURI(ReferenceData.graphIri(f));
                d -= clearGraph(g);
                Model m = ReferenceData.load(f);
                for (Triple t : m.getGraph().find().toList()) {
                    dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                    d++;
                }
            }
            return d;
        });
        updateStats(n); // at once: a load that dies later still leaves a true count
    }

    /**
     * Brings the derived links up to date for the documents that changed: drops the links of those reports and the
     * links to those resolutions' mandates, then derives them again from the rules restricted to those documents.
     * Returns the change in stored quads.
     */
    long refreshLinks(Set<String> changedIris) {
        if (changedIris.isEmpty()) {
            return 0;
        }
        Node links = NodeFactory.createURI(LINKS_GRAPH);
        long d = Txn.calculateWrite(dsg, () -> {
            List<Quad> old = new ArrayList<>();
            dsg.find(links, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                String s = q.getSubject().isURI() ? q.getSubject().getURI() : "";
                String o = q.getObject().isURI() ? q.getObject().getURI() : "";
                if (changedIris.contains(s) || partOfAny(o, changedIris)) {
                    old.add(q);
                }
            });
            old.forEach(dsg::delete);
            List<Triple> derived = Links.derive(dataset, changedIris, changedIris);
            long n = -old.size();
            for (Triple t : derived) {
                if (!dsg.contains(links, t.getSubject(), t.getPredicate(), t.getObject())) {
                    dsg.add(links, t.getSubject(), t.getPredicate(), t.getObject());
                    n++;
                }
            }
            return n;
        });
        return d;
    }

    /** Whether {@code iri} lies under one of {@code docs} ({@code …/GA/66/177/op/18/mandate/…}): a lookup per slash. */
    private static boolean partOfAny(String iri, Set<String> docs) {
        for (int i = iri.indexOf('/', Iris.ID.length()); i > 0; i = iri.indexOf('/', i + 1)) {
            if (docs.contains(iri.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Refreshes reference data and rebuilds every derived link over the whole store: for a store whose links are
     * in doubt. A load keeps them up to date by itself.
     */
    public void refreshDerived() {
        refreshReference();
        updateStats(refreshLinks(documentIris()));
    }

    /** The documents stored: one per work, whatever the number of its language versions (graphs). */
    public Set<String> documentIris() {
        Set<String> out = new java.util.TreeSet<>();
        for (String g : documentGraphs()) {
            out.add(Iris.documentOfVersion(g));
        }
        return out;
    }

    /** True when at least one document graph is stored. */
    public boolean hasDocuments() {
        return Txn.calculateRead(dsg, () -> {
            Iterator<Node> it = dsg.listGraphNodes();
            while (it.hasNext()) {
                if (!it.next().getURI().startsWith(GRAPH_NS)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The named graphs of documents (not reference data, not links): one per language version. */
    public Set<String> documentGraphs() {
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new java.util.TreeSet<>();
            dsg.listGraphNodes().forEachRemaining(n -> {
                if (!n.getURI().startsWith(GRAPH_NS)) {
                    out.add(n.getURI());
                }
            });
            return out;
        });
    }

    /** Triples in all named graphs, counted. */
    public long countTriples() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    /** Triple count as of the last load (kept beside the database so a restart need not count), else counted. */
    public long tripleCount() {
        String n = readStats().getProperty("triples");
        if (n != null) {
            try {
                return Long.parseLong(n);
            } catch (NumberFormatException e) {
                // fall through and count
            }
        }
        return countTriples();
    }

    private Properties readStats() {
        Properties p = new Properties();
        Path f = dir.resolve(STATS_FILE);
        if (Files.isRegularFile(f)) {
            try (Reader r = Files.newBufferedReader(f)) {
                p.load(r);
            } catch (IOException | RuntimeException e) {
                return new Properties();
            }
        }
        return p;
    }

    /**
     * Adds {@code delta} to the kept triple count (counting the store once if there is none yet), and records the
     * document count and the reference data's fingerprint.
     */
    private void updateStats(long delta) {
        Properties p = readStats();
        String n = p.getProperty("triples");
        long triples = n == null ? countTriples() : Long.parseLong(n) + delta;
        p.setProperty("reference", ReferenceData.fingerprint());
        p.setProperty("triples", Long.toString(triples));
        p.setProperty("documents", Integer.toString(documentIris().size()));
        storeStats(p);
    }

    private void storeStats(Properties p) {
        try (Writer w = Files.newBufferedWriter(dir.resolve(STATS_FILE))) {
            p.store(w, "MandateGraph store statistics, kept up to date by every load");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rewrites the TDB2 database without the superseded blocks that transactions leave behind and deletes the old
     * generation (TDB2's own compaction). Readers may go on meanwhile; writers wait.
     */
    public void compact() {
        org.apache.jena.tdb2.DatabaseMgr.compact(tdb, true);
    }

    /** Bytes the store takes on disk: database and text index. */
    public long sizeOnDisk() {
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the default query timeout on the dataset's context (Fuseki and local queries honour it). */
    public void queryTimeout(long millis) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(millis));
    }

    @Override
    public void close() {
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(tdb);
    }

    /** An in-memory dataset copy of all named graphs, for tests and validation. */
    public Dataset snapshot() {
        return Txn.calculateRead(dsg, () -> {
            Dataset copy = DatasetFactory.create();
            dsg.find().forEachRemaining(q -> copy.asDatasetGraph().add(q));
            return copy;
        });
    }
}
