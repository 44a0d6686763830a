package org.mandategraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The endpoints that read the whole store answer from a cache per data version, and refuse what is too large. */
class WholeStoreCacheTest {
    static final String MG = "https://w3id.org/mandategraph/ontology#";
    static final Node G1 = NodeFactory.createURI("https://w3id.org/mandategraph/id/resolution/GA/1/1");
    DatasetGraph dsg;
    KgServer server;

    @BeforeEach
    void start() {
        dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            dsg.add(G1, G1, NodeFactory.createURI(MG + "symbol"), NodeFactory.createLiteralString("A/RES/1/1"));
            for (int i = 0; i < 3000; i++) {
                dsg.getDefaultGraph().add(NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"),
                        NodeFactory.createLiteralString("value number " + i));
            }
        });
        server = KgServer.builder().dataset(dsg).port(0).allowUpdate(true).maxWholeStoreBytes(50_000).build().start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Accept", "application/n-triples").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void voidAndGraphJsonAreBuiltOncePerVersionAndRebuiltAfterAnUpdate() throws Exception {
        HttpResponse<String> void1 = get("/.well-known/void");
        HttpResponse<String> graph1 = get("/graph.json?network=all");
        assertThat(void1.statusCode()).isEqualTo(200);
        assertThat(graph1.statusCode()).isEqualTo(200);
        assertThat(void1.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        // written behind the server's back: a cached answer does not see it, a recomputed one would
        Node g2 = NodeFactory.createURI("https://w3id.org/mandategraph/id/resolution/GA/2/2");
        Txn.executeWrite(dsg, () -> dsg.add(g2, g2, NodeFactory.createURI(MG + "symbol"), NodeFactory.createLiteralString("A/RES/2/2")));
        assertThat(get("/.well-known/void").body()).isEqualTo(void1.body());
        assertThat(get("/graph.json?network=all").body()).isEqualTo(graph1.body());

        // an update through the server starts a new version
        HttpResponse<String> u = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:g3> { <urn:x> <urn:y> <urn:z> } }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(u.statusCode()).isBetween(200, 299);
        HttpResponse<String> void2 = get("/.well-known/void");
        assertThat(void2.body()).isNotEqualTo(void1.body()).contains("urn:g3").contains(g2.getURI());
    }

    @Test
    void aGraphStoreReadOverTheLimitIs413AndASmallGraphIsServed() throws Exception {
        HttpResponse<String> whole = get("/kg/get?default");
        assertThat(whole.statusCode()).isEqualTo(413);
        assertThat(whole.body()).contains("50000 bytes").contains("export");
        HttpResponse<String> one = get("/kg/get?graph=" + URLEncoder.encode(G1.getURI(), StandardCharsets.UTF_8));
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("A/RES/1/1");
        assertThat(get("/kg/get?graph=" + URLEncoder.encode("urn:none", StandardCharsets.UTF_8)).statusCode()).isEqualTo(404);
    }
}
