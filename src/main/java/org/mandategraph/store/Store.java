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
import org.mandategraph.ingest.BatchResult;
import org.mandategraph.vocab.MG;
import org.mandategraph.lexicon.ReferenceData;

/**
 * The persistent store: a TDB2 database at {@code DIR/tdb2} with a jena-text Lucene index over {@code mg:text} at
 * {@code DIR/text}. Each document lives in its own named graph; the default graph seen by queries is the union of
 * the named graphs. Loading is one write transaction per document, so a failing document never leaves anything
 * half-written and never costs what is already stored.
 */
public final class Store implements AutoCloseable {
    public static final String GRAPH_NS = "https://w3id.org/mandategraph/graph/";
    /** Triples derived by the rules in {@code org/mandategraph/rules/*.rq}, rebuilt after every load. */
    public static final String LINKS_GRAPH = GRAPH_NS + "links";
    public static final Path DEFAULT_DIR = Path.of("data");
    static final String RULES = "org/mandategraph/rules";
    private static final String STATS_FILE = "store.properties";

    private final Path dir;
    private final Dataset dataset;
    private final DatasetGraph dsg;
    private final DatasetGraph tdb;

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

    /**
     * Stores every document graph of the batch, each in its own write transaction (delete the graphs of documents
     * read from the same file name, then add), then refreshes the reference graphs and the derived links.
     */
    public LoadSummary load(BatchResult batch, PrintWriter err) {
        DatasetGraph src = batch.dataset().asDatasetGraph();
        int docs = 0;
        int failures = 0;
        long triples = 0;
        List<Node> names = new ArrayList<>();
        Txn.executeRead(src, () -> src.listGraphNodes().forEachRemaining(names::add));
        for (Node g : names) {
            Graph graph = Txn.calculateRead(src, () -> copy(src.getGraph(g)));
            Set<String> files = sourceFiles(graph);
            try {
                replaceDocument(g, graph, files);
                docs++;
                triples += graph.size();
            } catch (RuntimeException e) {
                failures++;
                err.println("mandategraph: " + (files.isEmpty() ? g.getURI() : String.join(", ", files))
                        + ": cannot store: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        }
        refreshDerived();
        err.flush();
        return new LoadSummary(docs, triples, failures);
    }

    private static Graph copy(Graph g) {
        Graph c = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }

    private static Set<String> sourceFiles(Graph g) {
        Set<String> files = new LinkedHashSet<>();
        g.find(Node.ANY, MG.sourceFile.asNode(), Node.ANY).forEachRemaining(t -> files.add(t.getObject().getLiteralLexicalForm()));
        return files;
    }

    private void replaceDocument(Node graphName, Graph graph, Set<String> files) {
        Txn.executeWrite(dsg, () -> {
            Set<Node> stale = new LinkedHashSet<>();
            stale.add(graphName);
            for (String f : files) {
                Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, MG.sourceFile.asNode(), NodeFactory.createLiteralString(f));
                it.forEachRemaining(q -> {
                    if (!q.isDefaultGraph() && !q.getGraph().getURI().startsWith(GRAPH_NS)) {
                        stale.add(q.getGraph());
                    }
                });
            }
            stale.forEach(this::clearGraph);
            for (Triple t : graph.find().toList()) {
                dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject());
            }
        });
    }

    /** Deletes quad by quad so the text index drops the graph's entries too. */
    private void clearGraph(Node g) {
        List<Quad> quads = new ArrayList<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
        quads.forEach(dsg::delete);
        dsg.removeGraph(g);
    }

    /**
     * In one write transaction: reloads the ontology, reference data and shapes into their named graphs, then
     * replaces the links graph with what the rules CONSTRUCT over the union of everything else.
     */
    public void refreshDerived() {
        List<String> ruleNames = ClasspathResources.list(RULES, ".rq");
        // the reference graphs are rewritten only when the shipped reference data changed since the last load
        boolean current = ReferenceData.fingerprint().equals(readStats().getProperty("reference"));
        Txn.executeWrite(dsg, () -> {
            List<String> files = new ArrayList<>(ReferenceData.FILES);
            files.add(ReferenceData.SHAPES);
            boolean present = files.stream().allMatch(f -> dsg.containsGraph(NodeFactory.createURI(ReferenceData.graphIri(f))));
            for (String f : current && present ? List.<String>of() : files) {
                Node g = NodeFactory.createURI(ReferenceData.graphIri(f));
                clearGraph(g);
                Model m = ReferenceData.load(f);
                m.getGraph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            }
            Node links = NodeFactory.createURI(LINKS_GRAPH);
            clearGraph(links);
            List<Triple> derived = new ArrayList<>();
            for (String name : ruleNames) {
                String text = ClasspathResources.read(RULES + "/" + name);
                Query q = QueryFactory.create(text);
                if (!q.isConstructType()) {
                    throw new IllegalStateException("rule " + name + " is not a CONSTRUCT query");
                }
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                    qe.execConstructTriples().forEachRemaining(derived::add);
                }
            }
            derived.forEach(t -> dsg.add(links, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        writeStats();
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

    /** The named graphs of documents (not reference data, not links). */
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

    private void writeStats() {
        Properties p = new Properties();
        p.setProperty("reference", ReferenceData.fingerprint());
        p.setProperty("triples", Long.toString(countTriples()));
        p.setProperty("documents", Integer.toString(documentGraphs().size()));
        try (Writer w = Files.newBufferedWriter(dir.resolve(STATS_FILE))) {
            p.store(w, "MandateGraph store statistics, rewritten after every load");
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
