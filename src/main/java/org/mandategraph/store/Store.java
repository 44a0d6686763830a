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
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexLucene;
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

    /**
     * A store whose bulk load was interrupted ({@link BulkLoad}): it holds part of a load and is not opened.
     * The message is the one line to show.
     */
    public static final class IncompleteStoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public IncompleteStoreException(Path dir) {
            super("the store at " + dir + " is incomplete: a bulk load into it was interrupted before it finished; "
                    + "'mandategraph load --store " + dir + " INPUT...' rebuilds it (it held no documents before)");
        }
    }

    /**
     * Empties a store left incomplete by an interrupted bulk load, so that a load can rebuild it: a bulk load only
     * ever starts on a store without documents, so nothing but reference data (written again by any load) is lost.
     * The marker goes last: a crash while emptying still leaves the store marked.
     */
    public static void discardIncomplete(Path dir) {
        try {
            for (Path p : List.of(tdbDirectory(dir), dir.resolve("text"))) {
                if (Files.exists(p)) {
                    try (java.util.stream.Stream<Path> walk = Files.walk(p)) {
                        for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.delete(f);
                        }
                    }
                }
            }
            Files.deleteIfExists(dir.resolve(STATS_FILE));
            Files.deleteIfExists(dir.resolve(BulkLoad.MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the incomplete store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Whether the store in {@code dir} was left incomplete by an interrupted bulk load ({@link IncompleteStoreException}). */
    public static boolean isIncomplete(Path dir) {
        return BulkLoad.interrupted(dir);
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
            // after connecting, which takes TDB2's process lock: a bulk load still running elsewhere is "in use",
            // only an abandoned one is "incomplete"
            if (BulkLoad.interrupted(dir)) {
                tdb.close();
                org.apache.jena.tdb2.sys.TDBInternal.expel(tdb.asDatasetGraph());
                throw new IncompleteStoreException(dir);
            }
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
    static TextIndexConfig textConfig() {
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
     * A sink that stores documents. Into a store that holds no documents yet it bulk-loads ({@link BulkLoad}: TDB2's
     * phased loader, the text index built beside it with one commit, a marker file until all is complete); into a
     * store with documents it writes in batches, one write transaction (one commit of TDB2 and of the text index)
     * per batch. Either way reference data is committed before the first document, text is analysed off the
     * writing thread ({@link TextIndexing}), and after the last document the derived links and the statistics are
     * brought up to date for the documents that changed only.
     *
     * <p>In batches, each document replaces the graph of the same IRI and the graph last loaded from the same source
     * file; a batch that fails to commit is retried document by document, so one bad document costs only itself. In
     * a bulk load nothing is there to replace; a second document for a graph or a source of this load is refused
     * (the ingest driver already keeps the first of two files giving one graph).
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
        /** Whether this load goes through the bulk loader: decided once, from whether the store had documents. */
        private final boolean bulk;
        private BulkLoad bulkLoad;
        private final Set<String> bulkGraphs = new java.util.HashSet<>();
        private final Set<String> bulkSources = new java.util.HashSet<>();
        private final TextIndexing text;
        private boolean finished;
        /** A bulk load's totals, summed from each document's tallies as it streams past. */
        private final Summary.Counts bulkTotals = new Summary.Counts();
        /** Works of this bulk load already tallied; a second version of one is recounted from the store at the end. */
        private final Set<String> bulkWorks = new java.util.HashSet<>();
        private final Set<String> recount = new LinkedHashSet<>();

        private Loader(PrintWriter err, boolean bulkAllowed) {
            this.err = err;
            this.text = newTextIndexing();
            refreshReference(text);
            this.bulk = bulkAllowed && !hasDocuments();
            if (!bulk && hasDocuments() && !hasSummary()) {
                countSummary(err);
            }
        }

        /** Whether this loader bulk-loads (the store held no documents when it was made). */
        public boolean bulk() {
            return bulk;
        }

        @Override
        public void document(Extracted doc) {
            if (bulk) {
                bulkDocument(doc);
                return;
            }
            batch.add(doc);
            batchTriples += doc.graph().size();
            if (batch.size() >= BATCH_DOCUMENTS || batchTriples >= BATCH_TRIPLES) {
                flush();
            }
        }

        @Override
        public void finish() {
            if (finished) {
                return;
            }
            finished = true;
            try {
                if (bulkLoad != null) {
                    finishBulk();
                    markSummaryCurrent();
                    return;
                }
                flush();
                updateStats(delta + updateDerived(false));
                markSummaryCurrent();
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
            } finally {
                text.close();
                err.flush();
            }
        }

        public LoadSummary summary() {
            return new LoadSummary(documents, triples, failures);
        }

        /**
         * The derived-data step of a load, after its last document is stored: what is derived from the documents
         * this load changed (the cross-document links, {@link #refreshLinks}; other per-document derivations sit
         * beside it here). {@code everyDocument}: a bulk load, every stored document changed. Returns the change in
         * stored quads.
         */
        private long updateDerived(boolean everyDocument) {
            long n = refreshLinks(changed, everyDocument);
            if (everyDocument) {
                n += Txn.calculateWrite(dsg, () -> Summary.addToTotals(tdb, bulkTotals) + Summary.refresh(tdb, recount));
            }
            return n;
        }

        /** One document into the bulk loader: its quads, its source, its text on the analysis pool. */
        private void bulkDocument(Extracted x) {
            String source = sourceKey(x.file());
            if (bulkGraphs.contains(x.graphIri()) || bulkSources.contains(source)) {
                failures++;
                err.println("mandategraph: " + x.file() + ": cannot store: " + x.graphIri()
                        + " or this file was already stored by this load; kept the first");
                return;
            }
            if (bulkLoad == null) {
                bulkLoad = BulkLoad.start(dir, tdb);
            }
            Node graphName = NodeFactory.createURI(x.graphIri());
            try {
                text.add(graphName, x.graph());
                for (Triple t : (Iterable<Triple>) () -> x.graph().find()) {
                    bulkLoad.add(new Quad(graphName, t));
                }
                bulkLoad.add(new Quad(NodeFactory.createURI(SOURCES_GRAPH), graphName, SOURCE_PATH,
                        NodeFactory.createLiteralString(source)));
                if (bulkWorks.add(x.iri())) {
                    Node doc = NodeFactory.createURI(x.iri());
                    Summary.Counts tallies = Summary.count(x.graph(), doc);
                    Summary.writeTallies(doc, tallies, bulkLoad::add);
                    bulkTotals.add(tallies, 1);
                } else {
                    recount.add(x.iri());
                }
            } catch (RuntimeException e) {
                abandonBulk(e);
                throw e;
            }
            bulkGraphs.add(x.graphIri());
            bulkSources.add(source);
            stored(x);
        }

        /**
         * Ends the bulk load: secondary indexes, the text index's one commit, the derived links of every document,
         * the statistics; only then the marker goes. A failure on the way leaves the marker: the store says it is
         * incomplete rather than serve part of a load.
         */
        private void finishBulk() {
            try {
                bulkLoad.finish();
                text.commit();
            } catch (RuntimeException e) {
                abandonBulk(e);
                throw e;
            }
            updateStats(bulkLoad.quads() + updateDerived(true));
            bulkLoad.complete();
        }

        private void abandonBulk(RuntimeException e) {
            text.awaitQuietly();
            if (bulkLoad != null) {
                bulkLoad.abandon(e);
            }
            err.println("mandategraph: " + dir + ": the bulk load failed (" + (e.getMessage() == null ? e : e.getMessage())
                    + "); the store is marked incomplete and the next load rebuilds it");
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            try {
                delta += writeBatch(batch, text);
                for (Extracted x : batch) {
                    stored(x);
                }
            } catch (RuntimeException batchFailed) {
                for (Extracted x : batch) {
                    try {
                        delta += writeBatch(List.of(x), text);
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
        return new Loader(err, true);
    }

    /** A loader that writes in transactional batches even into an empty store: the bulk path's reference in tests. */
    Loader transactionalLoader(PrintWriter err) {
        return new Loader(err, false);
    }

    /** Stores an in-memory batch (its document graphs) through a {@link Loader}. */
    public LoadSummary load(BatchResult batch, PrintWriter err) {
        Loader l = loader(err);
        batch.extracted().forEach(l::document);
        l.finish();
        return l.summary();
    }

    /** The jena-text index of the store. */
    private TextIndexLucene textIndex() {
        return (TextIndexLucene) ((DatasetGraphText) dsg).getTextIndex();
    }

    /**
     * One write transaction for {@code docs}: first every graph they replace is cleared (the graph of each
     * document's language version and the graph last loaded from the same source), then the new graphs are added
     * with their sources. Quads go straight to TDB2 inside the transaction, text to the index writer from the
     * analysis pool, awaited before the commit, which commits both. Returns the change in stored quads.
     */
    private long writeBatch(List<Extracted> docs, TextIndexing text) {
        return writeWithText(text, () -> {
            long n = 0;
            Set<String> touched = new LinkedHashSet<>();
            for (Extracted x : docs) {
                n += removeStale(x, text, touched);
            }
            for (Extracted x : docs) {
                n += addDocument(x, text);
                touched.add(x.iri());
            }
            // in the batch's own transaction: after any crash the counts agree with the documents stored
            return n + Summary.refresh(tdb, touched);
        });
    }

    /**
     * Runs {@code work} in one write transaction whose text goes through {@code text}: the analysis is awaited
     * before the commit, which commits quads and text together; on failure both are dropped (the analysis is
     * still awaited, so no document's text lands in the index without its quads). Returns what {@code work} does.
     */
    private long writeWithText(TextIndexing text, java.util.function.LongSupplier work) {
        dsg.begin(TxnType.WRITE);
        try {
            long n = work.getAsLong();
            text.await();
            dsg.commit();
            return n;
        } catch (RuntimeException e) {
            text.awaitQuietly();
            dsg.abort();
            throw e;
        } finally {
            dsg.end();
        }
    }

    /**
     * Clears the graphs {@code x} replaces and their source records, adding the documents they belonged to to
     * {@code touched}; returns minus the quads removed.
     */
    private long removeStale(Extracted x, TextIndexing text, Set<String> touched) {
        Node graphName = NodeFactory.createURI(x.graphIri());
        Node source = NodeFactory.createLiteralString(sourceKey(x.file()));
        Node sources = NodeFactory.createURI(SOURCES_GRAPH);
        Set<Node> stale = new LinkedHashSet<>();
        stale.add(graphName);
        tdb.find(sources, Node.ANY, SOURCE_PATH, source).forEachRemaining(q -> stale.add(q.getSubject()));
        long n = 0;
        for (Node g : stale) {
            List<Quad> quads = new ArrayList<>();
            tdb.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
            tdb.find(sources, g, SOURCE_PATH, Node.ANY).forEachRemaining(quads::add);
            if (quads.isEmpty()) {
                continue;
            }
            text.deleteGraph(g);
            quads.forEach(tdb::delete);
            touched.add(Iris.documentOfVersion(g.getURI()));
            removedQuads += quads.size();
            n -= quads.size();
        }
        return n;
    }

    /** Adds {@code x}'s graph and its source record; its text goes to the analysis pool. Returns the quads added. */
    private long addDocument(Extracted x, TextIndexing text) {
        Node graphName = NodeFactory.createURI(x.graphIri());
        text.add(graphName, x.graph());
        long n = 0;
        for (Triple t : (Iterable<Triple>) () -> x.graph().find()) {
            tdb.add(graphName, t.getSubject(), t.getPredicate(), t.getObject());
            n++;
        }
        tdb.add(NodeFactory.createURI(SOURCES_GRAPH), graphName, SOURCE_PATH, NodeFactory.createLiteralString(sourceKey(x.file())));
        return n + 1;
    }

    /** A source's identity: its absolute, normalised path, so two files of the same name in two folders stay two. */
    static String sourceKey(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /**
     * In one write transaction, and only when the shipped reference data changed since the last load (fingerprint
     * in {@code store.properties}) or one of its graphs is missing: reloads the ontology, reference data and shapes
     * into their named graphs. Quads go straight to TDB2 and text through {@code text}, as a batch's do.
     */
    void refreshReference(TextIndexing text) {
        boolean current = ReferenceData.fingerprint().equals(readStats().getProperty("reference"));
        List<String> files = new ArrayList<>(ReferenceData.FILES);
        files.add(ReferenceData.SHAPES);
        boolean present = Txn.calculateRead(dsg, () -> files.stream()
                .allMatch(f -> dsg.containsGraph(NodeFactory.createURI(ReferenceData.graphIri(f)))));
        if (current && present) {
            return;
        }
        long n = writeWithText(text, () -> {
            long d = 0;
            for (String f : files) {
                Node g = NodeFactory.createURI(ReferenceData.graphIri(f));
                List<Quad> old = new ArrayList<>();
                tdb.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(old::add);
                text.deleteGraph(g);
                old.forEach(tdb::delete);
                d -= old.size();
                Graph graph = ReferenceData.load(f).getGraph();
                text.add(g, graph);
                for (Triple t : (Iterable<Triple>) () -> graph.find()) {
                    tdb.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                    d++;
                }
            }
            return d;
        });
        updateStats(n); // at once: a load that dies later still leaves a true count
    }

    /** {@link #refreshReference(TextIndexing)} with a text indexer of its own. */
    void refreshReference() {
        try (TextIndexing text = newTextIndexing()) {
            refreshReference(text);
        }
    }

    /** The store's text indexing: Chinese is analysed by the default analyser too ({@link #textConfig}). */
    private TextIndexing newTextIndexing() {
        return new TextIndexing(textIndex(), Set.of("zh"), Runtime.getRuntime().availableProcessors());
    }

    /**
     * The derived-links step of a load: brings the links up to date for the documents that changed. Drops the links
     * of those reports and the links to those resolutions' mandates, then derives them again from the rules
     * restricted to those documents. When {@code everyDocument} (a bulk load into an empty store: every stored
     * document changed) the rules run once over the whole store, unrestricted, and there is nothing to drop.
     * Returns the change in stored quads.
     */
    long refreshLinks(Set<String> changedIris, boolean everyDocument) {
        if (changedIris.isEmpty()) {
            return 0;
        }
        Node links = NodeFactory.createURI(LINKS_GRAPH);
        long d = Txn.calculateWrite(dsg, () -> {
            List<Quad> old = new ArrayList<>();
            dsg.find(links, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                String s = q.getSubject().isURI() ? q.getSubject().getURI() : "";
                String o = q.getObject().isURI() ? q.getObject().getURI() : "";
                if (everyDocument || changedIris.contains(s) || partOfAny(o, changedIris)) {
                    old.add(q);
                }
            });
            old.forEach(dsg::delete);
            List<Triple> derived = everyDocument ? Links.derive(dataset, null, null)
                    : Links.derive(dataset, changedIris, changedIris);
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
        updateStats(refreshLinks(documentIris(), true));
        countSummary(null);
    }

    /**
     * Whether the store keeps the counts of {@link Summary} as this version counts them: a store loaded before
     * summaries existed, or by a version that counted other things ({@link Summary#VERSION}), does not.
     */
    boolean hasSummary() {
        return Summary.VERSION.equals(readStats().getProperty("summary"))
                && Txn.calculateRead(dsg, () -> dsg.containsGraph(Summary.GRAPH));
    }

    /** Records that the summary is complete and counted as this version counts ({@link #hasSummary}). */
    private void markSummaryCurrent() {
        Properties p = readStats();
        if (!Summary.VERSION.equals(p.getProperty("summary"))) {
            p.setProperty("summary", Summary.VERSION);
            storeStats(p);
        }
    }

    /**
     * Counts the summary of every stored document afresh, a few hundred documents per write transaction: for a store
     * whose summary is missing or was counted by another version. The old summary goes first, in its own
     * transaction; until the count ends the store is not marked current, so an interrupted count is redone.
     */
    private void countSummary(PrintWriter err) {
        List<String> docs = new ArrayList<>(documentIris());
        if (err != null) {
            err.println("mandategraph: " + dir + ": counting the summary of " + docs.size()
                    + " stored documents (the store was loaded by a version that kept other counts or none); once only");
            err.flush();
        }
        long n = Txn.calculateWrite(dsg, () -> {
            List<Quad> old = new ArrayList<>();
            tdb.find(Summary.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(old::add);
            old.forEach(tdb::delete);
            return -old.size();
        });
        for (int i = 0; i < docs.size(); i += BATCH_DOCUMENTS) {
            List<String> part = docs.subList(i, Math.min(docs.size(), i + BATCH_DOCUMENTS));
            n += Txn.calculateWrite(dsg, () -> Summary.refresh(tdb, part));
        }
        updateStats(n);
        markSummaryCurrent();
    }

    /** The documents stored: one per work, whatever the number of its language versions (graphs). */
    public Set<String> documentIris() {
        return documentIris(dsg);
    }

    /** The documents of {@code dsg}'s document graphs (not reference data, links or counts), read in a transaction. */
    static Set<String> documentIris(DatasetGraph dsg) {
        Set<String> out = new java.util.TreeSet<>();
        for (String g : documentGraphs(dsg)) {
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
        return documentGraphs(dsg);
    }

    private static Set<String> documentGraphs(DatasetGraph dsg) {
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
