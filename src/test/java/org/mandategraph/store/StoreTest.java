package org.mandategraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandategraph.vocab.Iris;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.ingest.BatchResult;
import org.mandategraph.lexicon.ReferenceData;
import org.apache.jena.shacl.ValidationReport;

/** Loading, replacing, restarting and validating a real store on disk. */
class StoreTest {
    static final String R000 = "https://w3id.org/mandategraph/id/resolution/GA/66/177";
    static final String R003 = "https://w3id.org/mandategraph/id/resolution/ECOSOC/2012/19";
    static final String F000 = "000_eea1a508a6c70b7c.txt";
    static final String F003 = "003_7a09240912a16a89.txt";

    @TempDir
    Path tmp;

    static Store.LoadSummary load(Store s, Path... inputs) throws IOException {
        StringWriter err = new StringWriter();
        BatchResult b = BatchResult.extract(Extractor.standard(), List.of(inputs), new PrintWriter(err));
        return s.load(b, new PrintWriter(err));
    }

    static Graph graph(Store s, String iri) {
        return Txn.calculateRead(s.datasetGraph(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            s.datasetGraph().getGraph(NodeFactory.createURI(iri.startsWith(Iris.GRAPH_NS) ? iri : Iris.version(iri, "zh")))
                    .find().forEachRemaining(g::add);
            return g;
        });
    }

    Path twoDocs() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.copy(SeedStore.SEEDS.resolve(F000), docs.resolve(F000));
        Files.copy(SeedStore.SEEDS.resolve(F003), docs.resolve(F003));
        return docs;
    }

    @Test
    void reloadingAChangedDocumentReplacesItsTriplesAndNothingElse() throws IOException {
        Path docs = twoDocs();
        try (Store s = Store.open(tmp.resolve("store"))) {
            load(s, docs);
            Graph before000 = graph(s, R000);
            Graph before003 = graph(s, R003);
            Path f = docs.resolve(F000);
            String changed = Files.readString(f, StandardCharsets.UTF_8).replace("技术援助", "技术协助");
            assertThat(changed).isNotEqualTo(Files.readString(f, StandardCharsets.UTF_8));
            Files.writeString(f, changed, StandardCharsets.UTF_8);

            Store.LoadSummary sum = load(s, f);

            assertThat(sum.documents()).isEqualTo(1);
            Graph expected = BatchResult.extract(Extractor.standard(), List.of(f), new PrintWriter(new StringWriter()))
                    .dataset().asDatasetGraph().getGraph(NodeFactory.createURI(Iris.version(R000, "zh")));
            Graph after000 = graph(s, R000);
            assertThat(after000.isIsomorphicWith(expected)).isTrue();
            assertThat(after000.isIsomorphicWith(before000)).isFalse();
            assertThat(graph(s, R003).isIsomorphicWith(before003)).isTrue();
            assertThat(s.documentIris()).containsExactlyInAnyOrder(R000, R003);
            assertThat(QueriesFor.text(s, "\"技术援助\"")).noneMatch(p -> p.startsWith(R000 + "/"));
            assertThat(QueriesFor.text(s, "\"技术协助\"")).anyMatch(p -> p.startsWith(R000 + "/"));
        }
    }

    @Test
    void aFileOfTheSameNameInAnotherFolderIsAnotherSource() throws IOException {
        // issue: loading b/report.txt deleted the unrelated document loaded earlier from a/report.txt
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.copy(SeedStore.SEEDS.resolve(F000), a.resolve("report.txt"));
        Files.copy(SeedStore.SEEDS.resolve(F003), b.resolve("report.txt"));
        try (Store s = Store.open(tmp.resolve("store"))) {
            load(s, a.resolve("report.txt"));
            load(s, b.resolve("report.txt"));
            assertThat(s.documentIris()).containsExactlyInAnyOrder(R000, R003);
            // reloading a/report.txt with a new IRI replaces only what came from a/
            Path f = a.resolve("report.txt");
            Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8).replace("66/177", "66/999"), StandardCharsets.UTF_8);
            load(s, f);
            assertThat(s.documentIris()).containsExactlyInAnyOrder(
                    "https://w3id.org/mandategraph/id/resolution/GA/66/999", R003);
        }
    }

    @Test
    void referenceDataIsCommittedBeforeAnyDocument() throws IOException {
        // issue: a load killed on its first run left document graphs but no reference graphs (written last)
        try (Store s = Store.open(tmp.resolve("store"))) {
            s.loader(new PrintWriter(new StringWriter())); // a load that dies before its first batch commits
            for (String f : ReferenceData.FILES) {
                assertThat(graph(s, ReferenceData.graphIri(f)).isEmpty()).as(f).isFalse();
            }
            assertThat(s.documentGraphs()).isEmpty();
        }
    }

    @Test
    void reloadingTheSameFilesDoesNotGrowTheStoreWithoutBound() throws IOException {
        // issue: five reloads of five seeds grew the store 9 → 39 MB, with no way to reclaim the space
        try (Store s = Store.open(tmp.resolve("store"))) {
            load(s, SeedStore.SEEDS);
            long first = s.sizeOnDisk();
            for (int i = 0; i < 4; i++) {
                load(s, SeedStore.SEEDS);
            }
            assertThat(s.sizeOnDisk()).isLessThan(first * 3 / 2);
            long triples = s.countTriples();
            s.compact();
            assertThat(s.countTriples()).isEqualTo(triples);
            assertThat(s.documentGraphs()).hasSize(5);
        }
    }

    @Test
    void theTripleCountIsKeptUpToDateWithoutCountingTheStore() throws IOException {
        Path docs = twoDocs();
        try (Store s = Store.open(tmp.resolve("store"))) {
            load(s, docs);
            load(s, docs.resolve(F000));
            assertThat(s.tripleCount()).isEqualTo(s.countTriples());
        }
    }

    @Test
    void aChangedFileWhoseDocumentIriChangedReplacesTheOldGraph() throws IOException {
        Path docs = twoDocs();
        try (Store s = Store.open(tmp.resolve("store"))) {
            load(s, docs);
            Path f = docs.resolve(F000);
            Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8).replace("66/177", "66/999"), StandardCharsets.UTF_8);
            load(s, f);
            assertThat(s.documentIris()).containsExactlyInAnyOrder(
                    "https://w3id.org/mandategraph/id/resolution/GA/66/999", R003);
        }
    }

    @Test
    void aRestartServesTheSameDataWithoutReadingDocuments() throws IOException {
        Path dir = tmp.resolve("store");
        long triples;
        try (Store s = Store.open(dir)) {
            load(s, twoDocs());
            triples = s.countTriples();
        }
        try (Store s = Store.open(dir)) {
            assertThat(s.hasDocuments()).isTrue();
            assertThat(s.countTriples()).isEqualTo(triples);
            assertThat(s.tripleCount()).isEqualTo(triples);
            assertThat(s.documentIris()).containsExactlyInAnyOrder(R000, R003);
            assertThat(QueriesFor.text(s, "技术援助")).isNotEmpty();
        }
    }

    @Test
    void referenceDataSitsInItsOwnGraphs() throws IOException {
        try (Store s = Store.open(tmp.resolve("store"))) {
            load(s, twoDocs().resolve(F003));
            for (String f : ReferenceData.FILES) {
                assertThat(graph(s, ReferenceData.graphIri(f)).isIsomorphicWith(ReferenceData.load(f).getGraph())).as(f).isTrue();
            }
            assertThat(graph(s, ReferenceData.graphIri(ReferenceData.SHAPES)).size()).isPositive();
        }
    }

    @Test
    void unchangedReferenceDataIsKeptAcrossLoadsAndAMissingGraphIsRestored() throws IOException {
        try (Store s = Store.open(tmp.resolve("store"))) {
            Path docs = twoDocs();
            load(s, docs.resolve(F003));
            String bodies = ReferenceData.graphIri("bodies.ttl");
            Txn.executeWrite(s.datasetGraph(), () -> s.datasetGraph().removeGraph(NodeFactory.createURI(bodies)));
            load(s, docs.resolve(F000));
            assertThat(graph(s, bodies).isIsomorphicWith(ReferenceData.load("bodies.ttl").getGraph())).isTrue();
            load(s, docs.resolve(F000));
            for (String f : ReferenceData.FILES) {
                assertThat(graph(s, ReferenceData.graphIri(f)).isIsomorphicWith(ReferenceData.load(f).getGraph())).as(f).isTrue();
            }
        }
    }

    @Test
    void theSeedsGraphConformsToTheShapes() {
        ValidationReport report = StoreValidator.validate(SeedStore.get().datasetGraph());
        StringWriter out = new StringWriter();
        StoreValidator.print(report, new PrintWriter(out));
        assertThat(report.conforms()).as(out.toString()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            // SmartChinese keeps the name whole; its bigrams make a search for 北京 find it
            "北京大学, 北京",
            "北京大学, 大学",
            // a word SmartChinese splits is found by its own words
            "联合国毒品和犯罪问题办公室, 毒品",
            // Latin text is lower-cased and stemmed as SmartChineseAnalyzer does
            "Technical Assistance, assist",
    })
    void chineseAnalyzerIndexesWordsAndTheirBigrams(String text, String token) throws IOException {
        assertThat(tokens(text)).contains(token);
    }

    static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (ChineseTextAnalyzer a = new ChineseTextAnalyzer(); TokenStream ts = a.tokenStream("text", new StringReader(text))) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }
}
