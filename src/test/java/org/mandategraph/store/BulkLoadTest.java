package org.mandategraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandategraph.ingest.BatchResult;
import org.mandategraph.ingest.Extracted;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.vocab.MG;

/**
 * The bulk path (an empty store: TDB2's phased loader, the text index written beside it with one commit, a marker
 * until all is done) stores exactly what transactional batches store, and its text index is the one jena-text
 * makes, term by term.
 */
class BulkLoadTest {
    /** Chinese seeds, the English version of one of them (a work in two languages) and English resolutions. */
    static final List<Path> INPUTS = List.of(SeedStore.SEEDS, Path.of("src/test/resources/versions/A_RES_66_177-en.txt"),
            Path.of("src/test/resources/corpus-en/A_RES_80_1.md"), Path.of("src/test/resources/corpus-en/A_RES_80_2.md"));

    static BatchResult batch;

    @TempDir
    Path tmp;

    @BeforeAll
    static void extract() {
        StringWriter err = new StringWriter();
        batch = BatchResult.extract(Extractor.standard(), INPUTS, new PrintWriter(err));
        assertThat(batch.failures()).as(err.toString()).isZero();
        assertThat(batch.extracted().stream().map(x -> x.document().language().tag()).distinct()).contains("zh", "en");
    }

    static Store.LoadSummary feed(Store.Loader l) {
        batch.extracted().forEach(l::document);
        l.finish();
        return l.summary();
    }

    @Test
    void aBulkLoadStoresWhatTransactionalBatchesStoreGraphByGraph() throws IOException {
        try (Store bulk = Store.open(tmp.resolve("bulk")); Store txn = Store.open(tmp.resolve("txn"))) {
            StringWriter err = new StringWriter();
            Store.Loader b = bulk.loader(new PrintWriter(err));
            Store.Loader t = txn.transactionalLoader(new PrintWriter(err));
            assertThat(b.bulk()).isTrue();
            assertThat(t.bulk()).isFalse();
            Store.LoadSummary sb = feed(b);
            Store.LoadSummary st = feed(t);
            assertThat(err.toString()).isEmpty();
            assertThat(sb).isEqualTo(st);
            assertThat(sb.documents()).isEqualTo(batch.extracted().size() - 1); // GA/66/177 in two languages

            Set<String> graphs = graphNames(bulk);
            assertThat(graphs).isEqualTo(graphNames(txn)).contains(Store.LINKS_GRAPH, Store.SOURCES_GRAPH);
            for (String g : graphs) {
                assertThat(StoreTest.graph(bulk, g).isIsomorphicWith(StoreTest.graph(txn, g))).as(g).isTrue();
            }
            assertThat(StoreTest.graph(bulk, Store.LINKS_GRAPH).isEmpty()).isFalse();
            assertThat(bulk.tripleCount()).isEqualTo(bulk.countTriples()).isEqualTo(txn.countTriples());
            assertThat(bulk.documentIris()).isEqualTo(txn.documentIris());

            // the text index: the same searches answer the same, and the indexes agree term by term
            for (String q : List.of("技术援助", "北京", "毒品", "\"技术援助\"", "assistance", "General Assembly")) {
                List<String> hits = QueriesFor.text(bulk, q);
                assertThat(new TreeSet<>(hits)).as(q).isEqualTo(new TreeSet<>(QueriesFor.text(txn, q)));
            }
            assertThat(QueriesFor.text(bulk, "技术援助")).isNotEmpty();
            assertThat(QueriesFor.text(bulk, "assistance")).isNotEmpty();
            Map<String, List<String>> bt = TermTable.of(FSDirectory.open(tmp.resolve("bulk/text")));
            assertThat(bt).containsKeys("text 技术", "text_zh 技术", "text_en assistance", "text assist");
            assertThat(bt).isEqualTo(TermTable.of(FSDirectory.open(tmp.resolve("txn/text"))));

            assertThat(StoreValidator.validate(bulk.datasetGraph()).conforms()).isTrue();
        }
    }

    @Test
    void theMarkerIsOnDiskFromTheFirstDocumentUntilTheLoadIsCompleteAndALaterLoadIsTransactional() throws IOException {
        Path dir = tmp.resolve("store");
        try (Store s = Store.open(dir)) {
            Store.Loader l = s.loader(new PrintWriter(new StringWriter()));
            assertThat(l.bulk()).isTrue();
            assertThat(dir.resolve(BulkLoad.MARKER)).doesNotExist();
            l.document(batch.extracted().get(0));
            assertThat(dir.resolve(BulkLoad.MARKER)).exists();
            assertThat(Store.isIncomplete(dir)).isTrue();
            batch.extracted().stream().skip(1).forEach(l::document);
            l.finish();
            assertThat(dir.resolve(BulkLoad.MARKER)).doesNotExist();

            Store.Loader again = s.loader(new PrintWriter(new StringWriter()));
            assertThat(again.bulk()).isFalse();
            again.document(batch.extracted().get(0));
            again.finish();
            assertThat(s.tripleCount()).isEqualTo(s.countTriples());
        }
        try (Store s = Store.open(dir)) {
            assertThat(s.documentIris()).hasSize(batch.extracted().size() - 1);
        }
    }

    @Test
    void aStoreMarkedIncompleteIsNotOpenedAndDiscardingItEmptiesIt() throws IOException {
        Path dir = tmp.resolve("store");
        try (Store s = Store.open(dir)) {
            feed(s.loader(new PrintWriter(new StringWriter())));
        }
        // what a crash between the first quad and the end of the load leaves
        Files.writeString(dir.resolve(BulkLoad.MARKER), "");
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(Store.IncompleteStoreException.class)
                .hasMessageContaining("the store at " + dir + " is incomplete").hasMessageContaining("rebuilds it");
        Store.discardIncomplete(dir);
        assertThat(Store.isIncomplete(dir)).isFalse();
        try (Store s = Store.open(dir)) {
            assertThat(s.hasDocuments()).isFalse();
            assertThat(s.countTriples()).isZero();
        }
    }

    @Test
    void textIndexingMakesTheIndexJenaTextMakesTermByTerm() {
        ByteBuffersDirectory viaJena = new ByteBuffersDirectory();
        ByteBuffersDirectory viaOurs = new ByteBuffersDirectory();
        TextIndexLucene jena = new TextIndexLucene(viaJena, Store.textConfig());
        TextIndexLucene ours = new TextIndexLucene(viaOurs, Store.textConfig());
        Node text = MG.text.asNode();
        try (TextIndexing indexing = new TextIndexing(ours, Set.of("zh"), 2)) {
            for (Extracted x : batch.extracted()) {
                Node g = NodeFactory.createURI(x.graphIri());
                for (Triple t : x.graph().find(Node.ANY, text, Node.ANY).toList()) {
                    jena.addEntity(TextQueryFuncs.entityFromQuad(jena.getDocDef(), g, t.getSubject(), t.getPredicate(), t.getObject()));
                }
                indexing.add(g, x.graph());
            }
            // a graph dropped and added again leaves the same index
            Extracted first = batch.extracted().get(0);
            Node g = NodeFactory.createURI(first.graphIri());
            indexing.await();
            indexing.deleteGraph(g);
            indexing.add(g, first.graph());
            indexing.commit();
        }
        jena.commit();
        Map<String, List<String>> expected = TermTable.of(viaJena);
        assertThat(expected).containsKeys("text 技术", "text_zh 技术", "text_en assistance", "text assist", "norms text_zh");
        assertThat(TermTable.of(viaOurs)).isEqualTo(expected);
        jena.close();
        ours.close();
    }

    static Set<String> graphNames(Store s) {
        return Txn.calculateRead(s.datasetGraph(), () -> {
            Set<String> out = new TreeSet<>();
            s.datasetGraph().listGraphNodes().forEachRemaining(n -> out.add(n.getURI()));
            return out;
        });
    }
}
