package org.mandategraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLdOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandategraph.export.JsonLdContext;
import org.mandategraph.vocab.MG;
import org.mandategraph.testing.TestData;
import org.mandategraph.testing.TestServer;

/** Dereferenceable IRIs, VoID, the context and the page's JSON endpoints over real HTTP, on the fixture. */
class LinkedDataTest {
    static final String RES = MG.ID + "resolution/GA/66/177";
    static TestServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = TestServer.start(TestData.fixture());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<byte[]> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // what a browser sends
            "'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', text/html, ",
            // clients naming a serialisation
            "text/turtle,                 text/turtle,          TTL",
            "application/ld+json,         application/ld+json,  JSONLD",
            "application/rdf+xml,         application/rdf+xml,  RDFXML",
            "application/n-triples,       application/n-triples, NTRIPLES",
            // curl's default: Turtle
            "*/*,                         text/turtle,          TTL",
    })
    void negotiatesTheResolutionsDescription(String accept, String expected, String lang) throws Exception {
        HttpResponse<byte[]> r = get("/id/resolution/GA/66/177", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(expected);
        if (lang == null) {
            String html = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(html).contains("A/RES/66/177 op 12", "href=\"/id/body/GA\"");
            return;
        }
        Graph g = parse(r.body(), org.apache.jena.riot.RDFLanguages.nameToLang(lang));
        Node res = NodeFactory.createURI(RES);
        assertThat(g.contains(res, MG.symbol.asNode(), NodeFactory.createLiteralString("A/RES/66/177"))).isTrue();
        assertThat(g.contains(res, MG.hasParagraph.asNode(), NodeFactory.createURI(RES + "/op/12"))).isTrue();
        // incoming: the report that responds to it
        assertThat(g.contains(NodeFactory.createURI(MG.ID + "doc/A/67/156"), MG.respondsTo.asNode(), res)).isTrue();
    }

    @Test
    void noAcceptHeaderGivesTurtle() throws Exception {
        HttpResponse<byte[]> r = get("/id/body/UNODC", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        Graph g = parse(r.body(), Lang.TURTLE);
        // the body's own triples come from the reference data, the links into it from the documents
        assertThat(g.contains(NodeFactory.createURI(RES + "/op/12"), MG.tasks.asNode(),
                NodeFactory.createURI(MG.ID + "body/UNODC"))).isTrue();
    }

    @Test
    void unknownResourcesAre404() throws Exception {
        assertThat(get("/id/resolution/GA/99/999", "text/turtle").statusCode()).isEqualTo(404);
        assertThat(get("/id/resolution/GA/99/999", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void htmlEscapesTextAndLinksEveryIri() throws Exception {
        String html = new String(get("/id/resolution/GA/66/177", "text/html").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        // every IRI printed in a <code> is also the target of a link
        Matcher m = Pattern.compile("<code class=\"curie\">id:([^<]+)</code>").matcher(html);
        int n = 0;
        while (m.find()) {
            assertThat(html).contains("href=\"/id/" + m.group(1) + "\"");
            n++;
        }
        assertThat(n).isPositive();
    }

    @Test
    void documentViewHighlightsParagraph12FromEvidenceSpans() throws Exception {
        String html = new String(get("/id/resolution/GA/66/177", "text/html").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        int at = html.indexOf("id=\"op-12\"");
        assertThat(at).isPositive();
        String p12 = html.substring(at, html.indexOf("</article>", at));
        assertThat(p12).contains("<mark class=\"verb\">吁请</mark>")
                .contains("<mark class=\"addressee\">联合国毒品和犯罪问题办公室</mark>")
                .contains("<mark class=\"citation\">《联合国打击跨国组织犯罪公约》第7条第1款</mark>")
                .contains("href=\"/id/instrument/UNTOC/art/7/para/1\"")
                .contains("href=\"/id/topic/technical-assistance\"");
    }

    @Test
    void voidDescribesTheEndpointAndTheUriSpace() throws Exception {
        HttpResponse<byte[]> r = get("/.well-known/void", null);
        assertThat(r.statusCode()).isEqualTo(200);
        Graph g = parse(r.body(), Lang.TURTLE);
        Node ds = NodeFactory.createURI(LinkedDataExtension.DATASET);
        assertThat(g.contains(ds, NodeFactory.createURI(LinkedDataExtension.VOID + "sparqlEndpoint"),
                NodeFactory.createURI(server.url("/kg/sparql")))).isTrue();
        assertThat(g.contains(ds, NodeFactory.createURI(LinkedDataExtension.VOID + "uriSpace"),
                NodeFactory.createLiteralString(MG.ID))).isTrue();
        assertThat(get("/.well-known/void", "application/ld+json").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/ld+json");
    }

    @Test
    void contextIsPublishedAndGraphJsonLoads() throws Exception {
        HttpResponse<byte[]> ctx = get("/context.jsonld", null);
        assertThat(ctx.statusCode()).isEqualTo(200);
        assertThat(ctx.body()).isEqualTo(JsonLdContext.bytes());
        JsonNode graph = new ObjectMapper().readTree(get("/graph.json?network=mandates", null).body());
        assertThat(graph.at("/elements/nodes").size()).isEqualTo(3);
        assertThat(get("/graph.json?network=nonsense", null).statusCode()).isEqualTo(400);
        JsonNode queries = new ObjectMapper().readTree(get("/queries.json", null).body());
        assertThat(queries.findValuesAsText("name")).contains("documents", "mandates-to-body");
        assertThat(get("/webjars/cytoscape/dist/cytoscape.min.js", null).statusCode()).isEqualTo(200);
        assertThat(get("/web/../../../../etc/passwd", null).statusCode()).isNotEqualTo(200);
    }

    static Graph parse(byte[] body, Lang lang) {
        JsonLdOptions opts = new JsonLdOptions();
        opts.setDocumentLoader(JsonLdContext.loader());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang)
                .context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, opts)).build().parse(g);
        return g;
    }
}
