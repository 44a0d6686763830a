package org.mandategraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --allow-update} as a web page in the analyst's browser or a rebound DNS name would meet it. */
class ServerSecurityTest {
    static final String EVIL = "http://evil.example";
    static final String TOOL = "https://tool.example.org";
    DatasetGraph dsg;
    KgServer server;

    @BeforeEach
    void start() {
        dsg = DatasetGraphFactory.createTxnMem();
        server = KgServer.builder().dataset(dsg).port(0).allowUpdate(true).allowOrigins(List.of(TOOL)).build().start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder update(String text) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(text));
    }

    HttpRequest.Builder formUpdate(String text) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(text, StandardCharsets.UTF_8)));
    }

    boolean has(String s) {
        return Txn.calculateRead(dsg, () -> dsg.getUnionGraph().contains(NodeFactory.createURI(s), null, null)
                || dsg.getDefaultGraph().contains(NodeFactory.createURI(s), null, null));
    }

    static String insert(String s) {
        return "INSERT DATA { <" + s + "> <urn:p> <urn:o> }";
    }

    @Test
    void updatesFromAnotherSiteAreRefusedAndFromThisOneOrAListedOneAccepted() throws Exception {
        assertThat(send(update(insert("urn:a")).header("Origin", EVIL)).statusCode()).isEqualTo(403);
        // what a form on another site posts
        assertThat(send(formUpdate(insert("urn:b")).header("Origin", EVIL)).statusCode()).isEqualTo(403);
        assertThat(send(formUpdate(insert("urn:c")).header("Origin", "null")).statusCode()).isEqualTo(403);
        assertThat(send(formUpdate(insert("urn:d")).header("Sec-Fetch-Site", "cross-site")).statusCode()).isEqualTo(403);
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/data?default"))
                .header("Origin", EVIL).header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:e> <urn:p> <urn:o> .")));
        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(List.of("urn:a", "urn:b", "urn:c", "urn:d", "urn:e")).noneMatch(this::has);

        assertThat(send(update(insert("urn:same")).header("Origin", server.baseUrl())).statusCode()).isBetween(200, 299);
        assertThat(send(formUpdate(insert("urn:tool"))).statusCode()).as("a tool sends no Origin").isBetween(200, 299);
        HttpResponse<String> listed = send(update(insert("urn:listed")).header("Origin", TOOL));
        assertThat(listed.statusCode()).isBetween(200, 299);
        assertThat(listed.headers().firstValue("Access-Control-Allow-Origin")).contains(TOOL);
        assertThat(listed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(List.of("urn:same", "urn:tool", "urn:listed")).allMatch(this::has);
    }

    @Test
    void corsNeverReflectsAnOriginWithCredentials() throws Exception {
        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).header("Origin", EVIL));
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(read.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/kg/update"))
                .header("Origin", EVIL).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        HttpResponse<String> queryPreflight = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Origin", EVIL).header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(queryPreflight.statusCode()).isBetween(200, 299);
        assertThat(queryPreflight.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }

    /** Status code of a request sent with a Host header of our choosing (HttpClient will not set Host). */
    int statusWithHost(String host) throws Exception {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /kg/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    @Test
    void theHostHeaderMustNameThisServer() throws Exception {
        int port = server.port();
        assertThat(statusWithHost("127.0.0.1:" + port)).isEqualTo(200);
        assertThat(statusWithHost("localhost:" + port)).isEqualTo(200);
        assertThat(statusWithHost("[::1]:" + port)).isEqualTo(200);
        assertThat(statusWithHost("evil.example:" + port)).as("a rebound DNS name").isEqualTo(421);
        assertThat(statusWithHost("127.0.0.1:" + (port + 1))).isEqualTo(421);
        try (KgServer named = KgServer.builder().dataset(dsg).port(0).allowHosts(List.of("kg.example.org"))
                .extensions(false).build().start()) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), named.port())) {
                s.getOutputStream().write(("GET /kg/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: kg.example.org:" + named.port()
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                assertThat(new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII)).endsWith("200");
            }
        }
    }

    @Test
    void loadOfFilesAndRemoteIrisIsRefusedUnlessAllowed(@TempDir Path tmp) throws Exception {
        Path ttl = Files.writeString(tmp.resolve("local.ttl"), "<urn:from-file> <urn:p> <urn:o> .");
        HttpResponse<String> file = send(update("LOAD <" + ttl.toUri() + ">"));
        assertThat(file.statusCode()).isEqualTo(403);
        assertThat(file.body()).contains("LOAD").contains("--allow-load");
        assertThat(send(formUpdate("LOAD <" + ttl.toUri() + "> INTO GRAPH <urn:g>")).statusCode()).isEqualTo(403);
        assertThat(has("urn:from-file")).isFalse();
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(500);
            HttpResponse<String> remote = send(update("LOAD SILENT <http://127.0.0.1:" + listener.getLocalPort() + "/x.ttl>"));
            assertThat(remote.statusCode()).isEqualTo(403);
            assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
        }
        try (KgServer loading = KgServer.builder().dataset(dsg).port(0).allowUpdate(true).allowLoad(true)
                .extensions(false).build().start()) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(loading.baseUrl() + "/kg/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("LOAD <" + ttl.toUri() + ">")));
            assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        }
        assertThat(has("urn:from-file")).isTrue();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/kg/sparql?query=ASK%7B%7D", "/no/such/page", "/id/nothing", "/web/app.js")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'"));
        }
    }
}
