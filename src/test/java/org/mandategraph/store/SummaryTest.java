package org.mandategraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mandategraph.ingest.BatchResult;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.store.Summary.Counts;
import org.mandategraph.store.Summary.Key;
import org.mandategraph.store.Summary.Kind;
import org.mandategraph.store.Summary.Measure;

/**
 * The counts kept at load time ({@link Summary}): a document's tallies count what the canned questions count; after a
 * bulk load and after every kind of later change (a new language version, a replaced file, a file that now holds
 * another document) each rewritten question answers exactly as the question it replaces (kept in
 * {@code original-queries/}) and the totals equal a recount of every document.
 */
class SummaryTest {
    static final String MG = "https://w3id.org/mandategraph/ontology#";
    static final String ID = "https://w3id.org/mandategraph/id/";
    static final String REPORT = "001_faf187f29e8867b8.txt";
    static final Path UNSUMMARISED = RewrittenQueriesTest.ORIGINALS;

    @TempDir
    static Path shared;
    static Store store;

    @TempDir
    Path tmp;

    /** The store the questions are compared on: bulk-loaded, then changed four ways through batches. */
    @BeforeAll
    static void build() throws IOException {
        store = Store.open(shared.resolve("store"));
        Path base = Files.createDirectories(shared.resolve("base"));
        for (String f : List.of(StoreTest.F000, "004_571203a9b0a6c5aa.txt")) {
            Files.copy(SeedStore.SEEDS.resolve(f), base.resolve(f));
        }
        Path moving = Files.createDirectories(shared.resolve("moving"));
        Files.copy(SeedStore.SEEDS.resolve(StoreTest.F003), moving.resolve("file.txt"));
        Path cut = Files.createDirectories(shared.resolve("cut"));
        Files.copy(SeedStore.SEEDS.resolve(REPORT), cut.resolve(REPORT));
        Store.Loader bulk = store.loader(quiet());
        assertThat(bulk.bulk()).isTrue();
        assertThat(load(bulk, base, Path.of("src/test/resources/corpus2"), moving, cut).failures()).isZero();
        // language versions join two stored resolutions
        load(store.loader(quiet()), Path.of("src/test/resources/versions"));
        // a file is replaced by a shorter text of the same report
        List<String> lines = Files.readAllLines(cut.resolve(REPORT));
        Files.write(cut.resolve(REPORT), lines.subList(0, lines.size() * 2 / 3));
        // a file now holds another document: the one it held is no longer stored
        Files.copy(SeedStore.SEEDS.resolve("002_b5647ee6f1a21cf1.txt"), moving.resolve("file.txt"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(load(store.loader(quiet()), cut, moving, Path.of("src/test/resources/corpus3")).failures()).isZero();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static PrintWriter quiet() {
        return new PrintWriter(new StringWriter());
    }

    static Store.LoadSummary load(Store.Loader loader, Path... inputs) {
        BatchResult b = BatchResult.extract(Extractor.standard(), List.of(inputs), quiet());
        b.extracted().forEach(loader::document);
        loader.finish();
        return loader.summary();
    }

    static Stream<String> rewritten() throws IOException {
        try (Stream<Path> s = Files.list(UNSUMMARISED)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).map(n -> n.replace(".rq", ""))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rewritten")
    void aRewrittenQuestionAnswersAsTheOriginal(String name) throws IOException {
        String original = Files.readString(UNSUMMARISED.resolve(name + ".rq"));
        String summarised = Files.readString(Path.of("queries", name + ".rq"));
        assertThat(summarised).contains("graph/summary");
        List<String> expected = rows(store, original);
        assertThat(expected).as("the question has answers on this store").isNotEmpty();
        assertThat(rows(store, unpaged(summarised))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theTotalsAreTheSumOfEveryDocumentsRecount() {
        Txn.executeRead(store.datasetGraph(), () -> {
            Counts recount = new Counts();
            for (String doc : store.documentIris()) {
                Node d = NodeFactory.createURI(doc);
                Counts stored = Summary.stored(store.datasetGraph(), d).counts();
                Counts fresh = Summary.count(Summary.documentTriples(store.datasetGraph(), d), d);
                assertThat(stored).as(doc).isEqualTo(fresh);
                recount.add(fresh, 1);
            }
            assertThat(Summary.totals(store.datasetGraph())).isEqualTo(recount);
        });
        // the document the moving file held before is gone from the counts as from the store
        String gone = StoreTest.R003;
        assertThat(store.documentIris()).doesNotContain(gone).contains(ID + "resolution/GA/67/189");
        assertThat(rows(store, "SELECT ?t { GRAPH <https://w3id.org/mandategraph/graph/summary> { ?t <" + MG + "ofDocument> <" + gone + "> } }")).isEmpty();
    }

    @Test
    void aBulkLoadAndBatchesKeepTheSameCounts() throws IOException {
        Path inputs = Path.of("src/test/resources/corpus2");
        try (Store bulk = Store.open(tmp.resolve("bulk")); Store batches = Store.open(tmp.resolve("batches"))) {
            Store.Loader b = bulk.loader(quiet());
            assertThat(b.bulk()).isTrue();
            load(b, SeedStore.SEEDS, inputs, Path.of("src/test/resources/versions"));
            load(batches.transactionalLoader(quiet()), SeedStore.SEEDS, inputs, Path.of("src/test/resources/versions"));
            Counts a = Txn.calculateRead(bulk.datasetGraph(), () -> Summary.totals(bulk.datasetGraph()));
            Counts c = Txn.calculateRead(batches.datasetGraph(), () -> Summary.totals(batches.datasetGraph()));
            assertThat(a).isEqualTo(c);
            // seed 000 read in two languages is one document with its paragraphs counted once
            Key document = new Key(Kind.DOCUMENT, null, null, null);
            assertThat(a.get(document, Measure.DOCUMENTS)).isEqualTo(bulk.documentIris().size());
            Node r000 = NodeFactory.createURI(StoreTest.R000);
            Counts one = Txn.calculateRead(bulk.datasetGraph(), () -> Summary.stored(bulk.datasetGraph(), r000).counts());
            assertThat(one.get(document, Measure.OPERATIVE)).isEqualTo(18);
            assertThat(one.get(document, Measure.PREAMBULAR)).isEqualTo(18);
        }
    }

    @Test
    void aStoreFromBeforeSummariesIsCountedOnceByTheNextLoad() throws IOException {
        try (Store s = Store.open(tmp.resolve("old"))) {
            load(s.loader(quiet()), SeedStore.SEEDS);
            Counts before = Txn.calculateRead(s.datasetGraph(), () -> Summary.totals(s.datasetGraph()));
            Txn.executeWrite(s.datasetGraph(), () -> s.datasetGraph().removeGraph(Summary.GRAPH));
            assertThat(s.hasSummary()).isFalse();
            StringWriter err = new StringWriter();
            Path none = Files.createDirectories(tmp.resolve("empty"));
            load(s.loader(new PrintWriter(err)), none);
            assertThat(err.toString()).contains("counting the summary of 5 stored documents");
            assertThat(Txn.calculateRead(s.datasetGraph(), () -> Summary.totals(s.datasetGraph()))).isEqualTo(before);
            err.getBuffer().setLength(0);
            load(s.loader(new PrintWriter(err)), none);
            assertThat(err.toString()).doesNotContain("counting the summary");
        }
    }

    @Test
    void pagesOfTheDocumentListFollowEachOther() throws IOException {
        String documents = Files.readString(Path.of("queries", "documents.rq"));
        assertThat(documents).contains("LIMIT 100").contains("OFFSET 0");
        List<String> all = rows(store, unpaged(documents));
        assertThat(all.size()).isGreaterThan(4);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset <= all.size(); offset += 2) {
            List<String> page = rows(store, documents.replace("LIMIT 100", "LIMIT 2").replace("OFFSET 0", "OFFSET " + offset));
            assertThat(page.size()).isLessThanOrEqualTo(2 * 2); // two documents: a document with two issuers is two rows
            assertThat(page).isSortedAccordingTo(String::compareTo);
            paged.addAll(page);
        }
        assertThat(paged).containsExactlyInAnyOrderElementsOf(all);
    }

    /** One hand-made document: each count is the one the questions make, with distinct paragraphs and mandates. */
    @Test
    void aDocumentsTalliesCountDistinctParagraphsAndMandates() {
        String ttl = """
                @prefix mg: <%s> . @base <%s> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <r> a mg:Resolution ; mg:adoptedBy <body/GA> ; mg:adoptedOn "2011-12-19"^^xsd:date ;
                  mg:hasParagraph <r/pp/1> , <r/pp/2> , <r/op/1> .
                <r/pp/1> a mg:PreambularParagraph ; mg:mentions <body/FATF> ; mg:cites <instrument/UNTOC/art/7/para/1> .
                <r/pp/2> a mg:PreambularParagraph ; mg:mentions <body/FATF> , <state/KHM> ; mg:cites <instrument/UNTOC> .
                <r/op/1> a mg:OperativeParagraph ; mg:tasks <body/UNODC> ; mg:cites <instrument/UNTOC/art/7> .
                <r/op/1/a> a mg:OperativeParagraph ; mg:partOf <r/op/1> ; mg:cites <instrument/UNTOC/art/7> .
                <instrument/UNTOC/art/7/para/1> a mg:Provision ; mg:partOf <instrument/UNTOC/art/7> .
                <instrument/UNTOC/art/7> a mg:Provision ; mg:partOf <instrument/UNTOC> .
                <r/op/1/mandate/1> a mg:Mandate ; mg:verb <verb/request> ; mg:addressee <body/UNODC> , <body/SG> ;
                  mg:inParagraph <r/op/1> ; mg:reportTo <body/GA> .
                <r/op/1/mandate/2> a mg:Mandate ; mg:verb <verb/request> ; mg:addressee <body/UNODC> ; mg:inParagraph <r/op/1> .
                <r/op/1/citation/1> a mg:Citation . <r/op/1/citation/2> a mg:Citation .
                """.formatted(MG, ID);
        Graph g = GraphFactory.createGraphMem();
        RDFParser.create().source(new StringReader(ttl)).lang(Lang.TURTLE).parse(g);
        Counts c = Summary.count(g, NodeFactory.createURI(ID + "r"));
        Key document = new Key(Kind.DOCUMENT, null, null, null);
        assertThat(c.get(document, Measure.DOCUMENTS)).isEqualTo(1);
        assertThat(c.get(document, Measure.PREAMBULAR)).isEqualTo(2);
        assertThat(c.get(document, Measure.OPERATIVE)).as("sub-paragraphs are not the document's paragraphs").isEqualTo(1);
        assertThat(c.get(document, Measure.MANDATES)).isEqualTo(2);
        assertThat(c.get(document, Measure.REPORTING_MANDATES)).isEqualTo(1);
        assertThat(c.get(document, Measure.CITATIONS)).isEqualTo(2);
        Node ga = node("body/GA");
        assertThat(c.get(new Key(Kind.ISSUER, null, ga, "2011"), Measure.DOCUMENTS)).isEqualTo(1);
        assertThat(c.get(new Key(Kind.VERB, node("verb/request"), ga, null), Measure.MANDATES)).isEqualTo(2);
        assertThat(c.get(entity("body/UNODC"), Measure.ADDRESSING)).isEqualTo(2);
        assertThat(c.get(entity("body/SG"), Measure.ADDRESSING)).isEqualTo(1);
        assertThat(c.get(entity("body/UNODC"), Measure.TASKING)).isEqualTo(1);
        assertThat(c.get(entity("body/FATF"), Measure.MENTIONING)).isEqualTo(2);
        assertThat(c.get(entity("state/KHM"), Measure.MENTIONING)).isEqualTo(1);
        assertThat(c.get(entity("instrument/UNTOC/art/7"), Measure.CITING)).as("op 1 and its sub-paragraph").isEqualTo(2);
        assertThat(c.get(entity("instrument/UNTOC/art/7"), Measure.CITING_WITHIN)).isEqualTo(3);
        assertThat(c.get(entity("instrument/UNTOC"), Measure.CITING)).isEqualTo(1);
        assertThat(c.get(entity("instrument/UNTOC"), Measure.CITING_WITHIN)).as("every paragraph citing it or a part of it").isEqualTo(4);
        // written and read back, the tallies are the same counts
        List<Quad> quads = new ArrayList<>();
        Summary.writeTallies(NodeFactory.createURI(ID + "r"), c, quads::add);
        org.apache.jena.sparql.core.DatasetGraph ds = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(ds, () -> quads.forEach(ds::add));
        assertThat(Txn.calculateRead(ds, () -> Summary.stored(ds, NodeFactory.createURI(ID + "r")).counts())).isEqualTo(c);
    }

    static Node node(String local) {
        return NodeFactory.createURI(ID + local);
    }

    static Key entity(String local) {
        return new Key(Kind.ENTITY, node(local), null, null);
    }

    /** The question without its page: every row, to compare with the question it replaces. */
    static String unpaged(String query) {
        return query.replaceAll("(?m)^\\s*(LIMIT|OFFSET) \\d+\\s*$", "");
    }

    /** The rows of a SELECT over the store, each as its bindings in variable order, in the order returned. */
    static List<String> rows(Store s, String query) {
        return Txn.calculateRead(s.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(query).build()) {
                ResultSet rs = qe.execSelect();
                List<String> out = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    StringBuilder b = new StringBuilder();
                    for (String v : rs.getResultVars()) {
                        b.append(v).append('=').append(row.get(v)).append(' ');
                    }
                    out.add(b.toString());
                }
                return out;
            }
        });
    }

}
