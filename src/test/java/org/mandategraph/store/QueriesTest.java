package org.mandategraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every canned query parses and runs on the seeds' store; fixed answers are checked row by row. */
class QueriesTest {
    static final String ID = "https://w3id.org/mandategraph/id/";

    /** The flagship answer fixed by the mandates issue: (document, operative paragraph number). */
    static final Set<String> FLAGSHIP = Set.of(
            "resolution/GA/66/177 12", "resolution/GA/66/177 13", "resolution/GA/66/177 16",
            "resolution/GA/67/189 5", "resolution/GA/67/189 8", "resolution/GA/67/189 11", "resolution/GA/67/189 12",
            "resolution/GA/67/189 14", "resolution/GA/67/189 17", "resolution/GA/67/189 19", "resolution/GA/67/189 25",
            "resolution/GA/67/189 34", "resolution/GA/67/189 35", "resolution/GA/67/189 38",
            "resolution/ECOSOC/2012/19 15",
            "resolution/COP-UNTOC/10/4 15");

    static List<Map<String, RDFNode>> run(String name) {
        Store s = SeedStore.get();
        Query q = QueryFactory.create(CannedQueries.resolve(name).orElseThrow().text());
        return Txn.calculateRead(s.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q).build()) {
                ResultSet rs = qe.execSelect();
                List<Map<String, RDFNode>> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    QuerySolution sol = rs.next();
                    Map<String, RDFNode> row = new java.util.HashMap<>();
                    sol.varNames().forEachRemaining(v -> row.put(v, sol.get(v)));
                    rows.add(row);
                }
                return rows;
            }
        });
    }

    static boolean storeHas(String ask) {
        Store s = SeedStore.get();
        return Txn.calculateRead(s.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(s.dataset())
                    .query("PREFIX mg: <https://w3id.org/mandategraph/ontology#> ASK { " + ask + " }").build()) {
                return qe.execAsk();
            }
        });
    }

    static String local(RDFNode n) {
        return n.asResource().getURI().substring(ID.length());
    }

    static List<String> queryNames() {
        return CannedQueries.all().stream().map(CannedQueries.CannedQuery::name).toList();
    }

    @Test
    void atLeastTwelveQueriesEachWithAHeader() {
        List<CannedQueries.CannedQuery> all = CannedQueries.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        for (CannedQueries.CannedQuery q : all) {
            assertThat(q.header("title")).as(q.name()).isPresent();
            assertThat(q.header("description")).as(q.name()).isPresent();
            assertThat(q.text()).as(q.name()).contains("# example output:");
        }
    }

    @ParameterizedTest
    @MethodSource("queryNames")
    void parsesAndRunsOnTheSeeds(String name) {
        Query q = QueryFactory.create(CannedQueries.resolve(name).orElseThrow().text());
        assertThat(q.isSelectType()).as(name).isTrue();
        // a query about what the seeds cannot show (two language versions of one document) says so in its header
        if (!CannedQueries.resolve(name).orElseThrow().header("seeds").filter(h -> h.startsWith("empty")).isPresent()) {
            assertThat(run(name)).as(name + " answers something on the seeds").isNotEmpty();
        }
    }

    @Test
    void flagshipReturnsExactlyTheParagraphsOfTheMandatesIssue() {
        // acceptance test of the mandates issue
        Set<String> got = run("unodc-technical-assistance").stream()
                .map(r -> local(r.get("document")) + " " + r.get("number").asLiteral().getLexicalForm())
                .collect(Collectors.toSet());
        assertThat(got).containsExactlyInAnyOrderElementsOf(FLAGSHIP);
    }

    @Test
    void documentsListsTheFiveSeedsWithTheirParagraphCounts() {
        Map<String, Map<String, RDFNode>> rows = run("documents").stream()
                .collect(Collectors.toMap(r -> local(r.get("document")), Function.identity()));
        assertThat(rows).containsOnlyKeys("resolution/GA/66/177", "resolution/GA/67/189", "resolution/ECOSOC/2012/19",
                "resolution/COP-UNTOC/10/4", "doc/local/001_faf187f29e8867b8");
        // counts fixed by the foundation issue: 000 18pp/18op, 001 report 1..92, 002 31/41, 003 17/17, 004 23/16
        assertThat(counts(rows.get("resolution/GA/66/177"))).containsExactly(18, 18, 0);
        assertThat(counts(rows.get("doc/local/001_faf187f29e8867b8"))).containsExactly(0, 0, 92);
        assertThat(counts(rows.get("resolution/GA/67/189"))).containsExactly(31, 41, 0);
        assertThat(counts(rows.get("resolution/ECOSOC/2012/19"))).containsExactly(17, 17, 0);
        assertThat(counts(rows.get("resolution/COP-UNTOC/10/4"))).containsExactly(23, 16, 0);
        assertThat(rows.get("resolution/GA/66/177").get("symbol").asLiteral().getString()).isEqualTo("A/RES/66/177");
    }

    private static List<Integer> counts(Map<String, RDFNode> row) {
        return List.of(row.get("preambular").asLiteral().getInt(), row.get("operative").asLiteral().getInt(),
                row.get("reportParagraphs").asLiteral().getInt());
    }

    @Test
    void fullTextSearchFindsTechnicalAssistanceParagraphsOfEveryDocumentBestFirst() {
        List<Map<String, RDFNode>> rows = run("full-text-search");
        assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        assertThat(rows).allSatisfy(r -> assertThat(r.get("text").asLiteral().getString()).contains("技术"));
        List<Float> scores = rows.stream().map(r -> r.get("score").asLiteral().getFloat()).toList();
        assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(rows.stream().filter(r -> r.get("document") != null).map(r -> local(r.get("document"))).distinct())
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void mandatesToBodyOnlyListsMandatesOfThatBody() {
        assertThat(run("mandates-to-body")).allSatisfy(r -> {
            assertThat(local(r.get("paragraph"))).startsWith(local(r.get("document")) + "/op/");
            assertThat(local(r.get("verb"))).startsWith("verb/");
        });
        assertThat(storeHas("?m mg:addressee <" + ID + "body/UNODC> FILTER NOT EXISTS { ?m a mg:Mandate }")).isFalse();
    }

    @Test
    void directiveVerbsAreCountedPerAdoptingBody() {
        assertThat(run("directive-verbs-by-body")).allSatisfy(r -> {
            assertThat(local(r.get("adoptingBody"))).startsWith("body/");
            assertThat(r.get("mandates").asLiteral().getInt()).isPositive();
        });
    }

    @Test
    void conventionArticlesAreMostCitedFirstAndBelongToAnInstrument() {
        List<Map<String, RDFNode>> rows = run("convention-articles-cited");
        assertThat(rows).allSatisfy(r ->
                assertThat(local(r.get("provision"))).startsWith(local(r.get("instrument")) + "/"));
        List<Integer> counts = rows.stream().map(r -> r.get("paragraphs").asLiteral().getInt()).toList();
        assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void resolutionsCitingNeverListTheCitedResolutionItself() {
        assertThat(run("resolutions-citing")).allSatisfy(r -> {
            assertThat(local(r.get("citing"))).isNotEqualTo("resolution/GA/66/177");
            assertThat(r.get("paragraphs").asLiteral().getInt()).isPositive();
        });
    }

    @Test
    void reportingMandatesHaveAReportTargetOrASession() {
        assertThat(run("reporting-mandates")).allSatisfy(r ->
                assertThat(r.get("reportTo") != null || r.get("dueSession") != null).isTrue());
    }

    @Test
    void bodiesMentionedButNeverTaskedAreNeverAddressees() {
        for (Map<String, RDFNode> r : run("bodies-mentioned-never-tasked")) {
            assertThat(storeHas("?m mg:addressee <" + r.get("body").asResource().getURI() + ">")).isFalse();
        }
    }

    @Test
    void statesInReportsAreStatesNamedInReportParagraphs() {
        assertThat(run("states-in-reports")).allSatisfy(r -> {
            assertThat(local(r.get("state"))).matches("state/[A-Z]{3}");
            assertThat(local(r.get("report"))).isEqualTo("doc/local/001_faf187f29e8867b8");
        });
    }

    @Test
    void instrumentsCitedPerDocumentAreInstrumentsOfDocumentsRead() {
        Set<String> docs = new LinkedHashSet<>(SeedStore.get().documentIris());
        assertThat(run("instruments-cited-per-document")).allSatisfy(r -> {
            assertThat(docs).contains(r.get("document").asResource().getURI());
            assertThat(local(r.get("instrument"))).matches("instrument/[A-Za-z0-9-]+");
        });
    }

    @Test
    void mandatesByTopicAreTopicsOfTheScheme() {
        assertThat(run("mandates-by-topic")).allSatisfy(r -> {
            assertThat(local(r.get("topic"))).startsWith("topic/");
            assertThat(r.get("mandates").asLiteral().getInt()).isGreaterThanOrEqualTo(r.get("addressees").asLiteral().getInt());
        });
    }

    @Test
    void leadVerbProfileCoversOnlyOperativeParagraphsOfTheDocument() {
        int total = run("lead-verb-profile").stream().mapToInt(r -> r.get("paragraphs").asLiteral().getInt()).sum();
        assertThat(total).isLessThanOrEqualTo(18 * 2);
    }
}
