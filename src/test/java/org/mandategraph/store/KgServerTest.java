package org.mandategraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real server on port 0 over the seeds' store, asked over HTTP. */
class KgServerTest {
    static KgServer server;

    @BeforeAll
    static void start() {
        server = KgServer.builder().dataset(SeedStore.get().datasetGraph()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        // a fresh client per request: Jetty may close a connection after an error response, and a pooled
        // connection would then fail the next request
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sparql() {
        return server.sparqlUrl();
    }

    @Test
    void flagshipOverHttpReturnsTheParagraphsOfTheMandatesIssue() {
        String q = CannedQueries.resolve("unodc-technical-assistance").orElseThrow().text();
        Set<String> got = new HashSet<>();
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(sparql()).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                got.add(s.getResource("document").getURI().substring(QueriesTest.ID.length()) + " "
                        + s.getLiteral("number").getLexicalForm());
            }
        }
        // Acceptance test of the mandates issue, as the local QueriesTest: enforced as soon as mandates exist.
        if (QueriesTest.storeHas("?m a mg:Mandate")) {
            assertThat(got).containsExactlyInAnyOrderElementsOf(QueriesTest.FLAGSHIP);
        } else {
            assertThat(got).isEmpty();
        }
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() {
        long overHttp;
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(sparql())
                .query("SELECT (COUNT(*) AS ?n) { ?s <https://w3id.org/mandategraph/ontology#sourceFile> ?f }").build()) {
            overHttp = qe.execSelect().next().getLiteral("n").getLong();
        }
        assertThat(overHttp).isEqualTo(5);
    }

    @ParameterizedTest
    @CsvSource({
            // the four SPARQL result formats of the protocol
            "application/sparql-results+json, application/sparql-results+json",
            "application/sparql-results+xml, application/sparql-results+xml",
            "text/csv, text/csv",
            "text/tab-separated-values, text/tab-separated-values",
    })
    void selectAnswersInEveryStandardFormatByGetAndPost(String accept, String contentType) throws Exception {
        String q = "SELECT ?d { ?d <https://w3id.org/mandategraph/ontology#sourceFile> ?f }";
        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(sparql() + "?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", accept));
        HttpResponse<String> post = send(HttpRequest.newBuilder(URI.create(sparql())).header("Accept", accept)
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(q)));
        for (HttpResponse<String> r : java.util.List.of(get, post)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(contentType);
            assertThat(r.body()).contains("resolution/GA/66/177");
        }
    }

    @Test
    void constructAnswersInTurtle() throws Exception {
        String q = "CONSTRUCT WHERE { <https://w3id.org/mandategraph/id/resolution/GA/66/177> ?p ?o }";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(sparql() + "?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/turtle"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("A/RES/66/177");
    }

    @Test
    void graphStoreReadServesADocumentGraph() throws Exception {
        String g = "https://w3id.org/mandategraph/id/resolution/GA/66/177/zh";
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/get?graph="
                + URLEncoder.encode(g, StandardCharsets.UTF_8))).header("Accept", "application/n-triples"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("000_eea1a508a6c70b7c.txt").doesNotContain("002_b5647ee6f1a21cf1.txt");
    }

    @Test
    void updatesAreRefusedByDefault() throws Exception {
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        HttpResponse<String> toUpdate = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)));
        assertThat(toUpdate.statusCode()).isIn(404, 405);
        HttpResponse<String> toQuery = send(HttpRequest.newBuilder(URI.create(sparql()))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)));
        assertThat(toQuery.statusCode()).isBetween(400, 499);
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(sparql()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8))));
        assertThat(form.statusCode()).isBetween(400, 499);
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/get?default"))
                .header("Content-Type", "application/n-triples").PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")));
        assertThat(put.statusCode()).isBetween(400, 499);
        assertThat(QueriesTest.storeHas("<urn:x> ?p ?o")).isFalse();
    }

    @Test
    void serviceToARemoteEndpointIsRefusedWithoutConnecting() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(500);
            String q = "SELECT * { SERVICE <http://127.0.0.1:" + listener.getLocalPort() + "/sparql> { ?s ?p ?o } }";
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(sparql() + "?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))));
            assertThat(r.statusCode()).isNotEqualTo(200);
            assertThat(r.body()).contains("SERVICE").containsIgnoringCase("disabled");
            assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void corsHeadersLetBrowserToolsQuery() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(sparql() + "?query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).header("Origin", "http://example.org"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
    }

    @Test
    void queriesRunningPastTheTimeoutAreCancelled() {
        try (KgServer quick = KgServer.builder().dataset(SeedStore.get().datasetGraph()).port(0)
                .timeoutSeconds(0.5).extensions(false).build().start()) {
            String q = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> {
                try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(quick.sparqlUrl()).query(q).build()) {
                    qe.execSelect().next();
                }
            }).isInstanceOf(RuntimeException.class);
            assertThat((System.nanoTime() - t0) / 1e9).isLessThan(15);
        } finally {
            // the timeout lives on the dataset's context: put the suite's default back
            SeedStore.get().queryTimeout(30_000);
        }
    }
}
