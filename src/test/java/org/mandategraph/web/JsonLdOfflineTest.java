package org.mandategraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mandategraph.cli.MandateGraphCommand;
import org.mandategraph.export.Exports;
import org.mandategraph.export.JsonLdContext;
import org.mandategraph.export.Network;
import org.mandategraph.testing.TestData;
import org.mandategraph.testing.TestServer;

/**
 * Every JSON-LD we write reads in a JSON-LD processor that may not load any document (no network, no class-path
 * shortcut): {@code extract}, {@code export} and {@code /id/…} each parse to the same triples as their Turtle, and
 * all three have the same shape (the same inline {@code @context}).
 */
class JsonLdOfflineTest {
    static TestServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Every remote or local document load is refused: what a processor with no network sees. */
    static final List<URI> REFUSED = new ArrayList<>();
    static final DocumentLoader OFFLINE = (url, options) -> {
        REFUSED.add(url);
        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: refusing to load " + url);
    };

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(TestData.seeds());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Graph offline(byte[] jsonld) {
        JsonLdOptions opts = new JsonLdOptions();
        opts.setDocumentLoader(OFFLINE);
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(jsonld)).lang(Lang.JSONLD11)
                .context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, opts)).build().parse(g);
        return g;
    }

    static Graph turtle(byte[] ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(ttl)).lang(Lang.TURTLE).build().parse(g);
        return g;
    }

    static void assertSameTriples(byte[] jsonld, byte[] ttl) {
        REFUSED.clear();
        Graph fromJson = offline(jsonld);
        assertThat(REFUSED).as("documents the JSON-LD asked to load").isEmpty();
        Graph fromTurtle = turtle(ttl);
        assertThat(fromJson.size()).isPositive().isEqualTo(fromTurtle.size());
        assertThat(IsoMatcher.isomorphic(fromJson, fromTurtle)).as("JSON-LD and Turtle isomorphic").isTrue();
    }

    static void assertInlineContext(byte[] jsonld) throws Exception {
        JsonNode json = new ObjectMapper().readTree(jsonld);
        assertThat(json.get("@context").isObject()).as("@context inline").isTrue();
        assertThat(json.get("@context")).isEqualTo(new ObjectMapper().readTree(JsonLdContext.bytes()).get("@context"));
    }

    @Test
    void exportReadsOffline() throws Exception {
        var seeds = TestData.seeds();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ByteArrayOutputStream ttl = new ByteArrayOutputStream();
        Exports.write(seeds, "jsonld", Network.ALL, json);
        Exports.write(seeds, "ttl", Network.ALL, ttl);
        assertInlineContext(json.toByteArray());
        assertSameTriples(json.toByteArray(), ttl.toByteArray());
    }

    @Test
    void extractReadsOffline(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("seeds.jsonld");
        Path ttl = dir.resolve("seeds.ttl");
        for (Path out : List.of(json, ttl)) {
            String format = out.toString().endsWith("ttl") ? "ttl" : "jsonld";
            StringWriter err = new StringWriter();
            var cl = MandateGraphCommand.commandLine();
            cl.setErr(new PrintWriter(err));
            assertThat(cl.execute("extract", "--format", format, "-o", out.toString(), "seeds")).as(err.toString())
                    .isZero();
        }
        assertInlineContext(Files.readAllBytes(json));
        assertSameTriples(Files.readAllBytes(json), Files.readAllBytes(ttl));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/id/resolution/GA/66/177", "/id/body/UNODC", "/id/resolution/GA/66/177/op/12",
            "/id/instrument/UNTOC"})
    void servedDescriptionsReadOffline(String path) throws Exception {
        byte[] json = get(path, "application/ld+json");
        byte[] ttl = get(path, "text/turtle");
        assertInlineContext(json);
        assertSameTriples(json, ttl);
    }

    static byte[] get(String path, String accept) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.url(path))).header("Accept", accept)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
        return r.body();
    }
}
