package org.mandategraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandategraph.ingest.BatchResult;
import org.mandategraph.ingest.Extractor;

/**
 * A resolution read in Chinese and in English is one resource with two language versions and one set of mandates,
 * asked through SPARQL over a real store: seed 000 (A/RES/66/177) and seed 004 (COP resolution 10/4) with the
 * English versions written for the tests in {@code src/test/resources/versions}.
 */
class LanguageVersionsTest {
    private static final String PREFIXES = "PREFIX mg: <https://w3id.org/mandategraph/ontology#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\nPREFIX id: <https://w3id.org/mandategraph/id/>\n";
    private static final String R66 = "https://w3id.org/mandategraph/id/resolution/GA/66/177";

    @TempDir
    Path tmp;

    private Store load(String... files) throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        for (String f : files) {
            Path from = Path.of(f);
            Files.copy(from, docs.resolve(from.getFileName()));
        }
        Store s = Store.open(tmp.resolve("store"));
        StringWriter err = new StringWriter();
        BatchResult b = BatchResult.extract(Extractor.standard(), List.of(docs), new PrintWriter(err));
        assertThat(b.failures()).as(err.toString()).isZero();
        s.load(b, new PrintWriter(err));
        return s;
    }

    private static List<Map<String, String>> select(Store s, String body) {
        Query q = QueryFactory.create(PREFIXES + body);
        return Txn.calculateRead(s.dataset(), () -> {
            List<Map<String, String>> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q).build()) {
                qe.execSelect().forEachRemaining((QuerySolution r) -> {
                    Map<String, String> row = new TreeMap<>();
                    r.varNames().forEachRemaining(v -> {
                        RDFNode n = r.get(v);
                        row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    });
                    out.add(row);
                });
            }
            return out;
        });
    }

    private static int count(Store s, String where) {
        return Integer.parseInt(select(s, "SELECT (COUNT(*) AS ?n) WHERE { " + where + " }").get(0).get("n"));
    }

    @Test
    void aChineseAndAnEnglishFileAreOneResolutionWithTwoVersions() throws Exception {
        try (Store s = load("seeds/000_eea1a508a6c70b7c.txt", "src/test/resources/versions/A_RES_66_177-en.txt")) {
            assertThat(select(s, "SELECT ?lang ?file WHERE { <" + R66 + "> mg:hasVersion ?v . ?v dcterms:language ?lang ;"
                    + " mg:fileName ?file ; mg:versionOf <" + R66 + "> }"))
                    .extracting(r -> r.get("lang") + " " + r.get("file"))
                    .containsExactlyInAnyOrder("zh 000_eea1a508a6c70b7c.txt", "en A_RES_66_177-en.txt");
            assertThat(count(s, "?d a mg:Resolution ; mg:symbol \"A/RES/66/177\"")).isEqualTo(1);
            assertThat(select(s, "SELECT ?t WHERE { <" + R66 + "> dcterms:title ?t } ORDER BY ?t"))
                    .extracting(r -> r.get("t")).hasSize(2)
                    .anySatisfy(t -> assertThat(t).startsWith("Strengthening international cooperation"))
                    .anySatisfy(t -> assertThat(t).startsWith("加强国际合作"));

            // the paragraphs are aligned by number: one IRI each, with a text in either language
            assertThat(count(s, "<" + R66 + "> mg:hasParagraph ?p")).isEqualTo(36);
            assertThat(count(s, "<" + R66 + "> mg:hasParagraph ?p . ?p mg:text ?zh . FILTER (lang(?zh) = \"zh\")"
                    + " ?p mg:text ?en . FILTER (lang(?en) = \"en\")")).isEqualTo(36);
            assertThat(select(s, "SELECT ?t WHERE { <" + R66 + "/op/12> mg:text ?t . FILTER (lang(?t) = \"en\") }")
                    .get(0).get("t")).startsWith("Calls upon");

            // one set of mandates, each found in both versions; no mandate doubled
            int mandates = count(s, "?m a mg:Mandate ; mg:inParagraph ?p . ?p mg:partOf* <" + R66 + ">");
            assertThat(mandates).isEqualTo(19);
            assertThat(count(s, "?m a mg:Mandate ; mg:inParagraph ?p ; mg:attestedIn <" + R66 + "/zh> , <" + R66
                    + "/en> . ?p mg:partOf* <" + R66 + ">")).isEqualTo(mandates);
            // a text position belongs to one version's file
            assertThat(count(s, "<" + R66 + "/op/12> ^mg:textOf ?t . ?t mg:sourceSpanStart ?start")).isEqualTo(2);
            // full-text search finds the paragraph in either language, once
            assertThat(QueriesFor.text(s, "非法资金流动")).contains(R66 + "/op/1");
            assertThat(select(s, "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?p { ?p text:query"
                    + " (mg:text 'illicit financial flows' 'lang:en' 100) }")).extracting(r -> r.get("p"))
                    .contains(R66 + "/op/1");

            // and the pair keeps to the shapes: one file per version, one language, at most one text per language
            org.apache.jena.shacl.ValidationReport report = Txn.calculateRead(s.datasetGraph(),
                    () -> StoreValidator.validate(s.datasetGraph()));
            StringWriter out = new StringWriter();
            StoreValidator.print(report, new PrintWriter(out));
            assertThat(report.conforms()).as(out.toString()).isTrue();
        }
    }

    @Test
    void theFlagshipQuestionAnswersTheSameOverChineseEnglishOrBoth() throws Exception {
        String flagship = CannedQueries.resolve("unodc-technical-assistance").orElseThrow().text();
        List<String> zh;
        List<String> en;
        List<String> both;
        try (Store s = load("seeds/000_eea1a508a6c70b7c.txt")) {
            zh = answer(s, flagship);
        }
        Files.walk(tmp).sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        try (Store s = load("src/test/resources/versions/A_RES_66_177-en.txt")) {
            en = answer(s, flagship);
        }
        Files.walk(tmp).sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
        try (Store s = load("seeds/000_eea1a508a6c70b7c.txt", "src/test/resources/versions/A_RES_66_177-en.txt")) {
            both = answer(s, flagship);
        }
        assertThat(zh).isNotEmpty().containsExactly("resolution/GA/66/177/op/12", "resolution/GA/66/177/op/13",
                "resolution/GA/66/177/op/16");
        assertThat(en).isEqualTo(zh);
        assertThat(both).isEqualTo(zh);
    }

    private static List<String> answer(Store s, String query) {
        Query q = QueryFactory.create(query);
        return Txn.calculateRead(s.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> out.add(
                        r.getResource("paragraph").getURI().replace("https://w3id.org/mandategraph/id/", "")));
            }
            return out;
        });
    }

    @Test
    void aMandateFoundInOneVersionOnlyStaysVisible() throws Exception {
        try (Store s = load("seeds/004_571203a9b0a6c5aa.txt", "src/test/resources/versions/CTOC_COP_10_4-en.md")) {
            String q = CannedQueries.resolve("version-disagreements").orElseThrow().text();
            List<String> rows = new ArrayList<>();
            Txn.executeRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(QueryFactory.create(q)).build()) {
                    qe.execSelect().forEachRemaining(r -> rows.add(String.join(" ",
                            local(r.get("paragraph")), local(r.get("verb")), local(r.get("addressee")), local(r.get("foundIn")))));
                }
            });
            // 请 is "requests" to the Office and "invites" to States in the English: both readings are kept
            assertThat(rows).contains("op/2 request StatesParties zh", "op/2 invite StatesParties en")
                    .allSatisfy(r -> assertThat(r).matches("op/\\d+ (request zh|invite en) \\S+|op/\\d+ \\S+ \\S+ (zh|en)"));
            assertThat(rows).hasSize(10); // op 2, 11, 13 (one addressee each) and 16 (two), in either version
        }
    }

    private static String local(RDFNode n) {
        String u = n.asResource().getURI();
        return u.substring(u.indexOf('/', u.indexOf("/id/") + 4) + 1).replaceFirst("^[^/]+/[^/]+/[^/]+/", "");
    }
}
