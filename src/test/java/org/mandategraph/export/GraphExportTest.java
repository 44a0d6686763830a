package org.mandategraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mandategraph.export.Projection.PEdge;
import org.mandategraph.testing.TestData;
import org.w3c.dom.Document;

/**
 * The graph projection and its files on the hand-made fixture (which has mandates and citations): typed, labelled
 * nodes and edges, and files that other tools' readers accept.
 */
class GraphExportTest {
    static final String ID = "https://w3id.org/mandategraph/id/";
    static final String RES = ID + "resolution/GA/66/177";
    static DatasetGraph fixture;

    @BeforeAll
    static void load() {
        fixture = TestData.fixture();
    }

    @Test
    void mandateNetworkLinksDocumentsToAddresseesWithVerbAndTopic() {
        Projection p = GraphProjection.of(fixture, Network.MANDATES);
        assertThat(p.nodes().keySet()).containsExactlyInAnyOrder(RES, ID + "body/UNODC", ID + "body/MemberStates");
        PEdge e = edge(p, RES, ID + "body/UNODC", "call-upon");
        assertThat(e.relation()).isEqualTo("tasks");
        assertThat(e.topics()).containsExactly("technical-assistance");
        assertThat(e.paragraph()).isEqualTo(RES + "/op/12");
        assertThat(e.labelZh()).isEqualTo("吁请");
        assertThat(e.labelEn()).isEqualTo("calls upon");
        assertThat(p.nodes().get(ID + "body/UNODC").labelZh()).isEqualTo("联合国毒品和犯罪问题办公室");
        assertThat(p.nodes().get(ID + "body/UNODC").labelEn()).isEqualTo("United Nations Office on Drugs and Crime");
        assertThat(p.nodes().get(ID + "body/MemberStates").kind()).isEqualTo("StateGroup");
        assertThat(p.nodes().get(RES).labelEn()).isEqualTo("A/RES/66/177");
        assertThat(p.nodes().get(RES).kind()).isEqualTo("Resolution");
    }

    @Test
    void citationNetworkHasCitesRespondsToAndTheProvisionChain() {
        Projection p = GraphProjection.of(fixture, Network.CITATIONS);
        assertThat(p.edges()).extracting(PEdge::relation).contains("cites", "respondsTo", "partOf")
                .doesNotContain("tasks", "mentions");
        PEdge cites = p.edges().stream().filter(e -> e.relation().equals("cites") && e.source().equals(RES))
                .findFirst().orElseThrow();
        assertThat(cites.target()).isEqualTo(ID + "instrument/UNTOC/art/7/para/1");
        assertThat(p.nodes().get(ID + "instrument/UNTOC").kind()).isEqualTo("Instrument");
        assertThat(p.nodes().get(ID + "instrument/UNTOC").labelZh()).isEqualTo("联合国打击跨国有组织犯罪公约");
        assertThat(p.nodes().get(ID + "instrument/UNTOC/art/7").kind()).isEqualTo("Provision");
        assertThat(p.edges()).anyMatch(e -> e.relation().equals("respondsTo")
                && e.source().equals(ID + "doc/A/67/156") && e.target().equals(RES));
    }

    @Test
    void fullNetworkKeepsTaskingParagraphsWithReadableLabels() {
        Projection p = GraphProjection.of(fixture, Network.ALL);
        assertThat(p.nodes().get(RES + "/op/12").labelEn()).isEqualTo("A/RES/66/177 op 12");
        assertThat(p.nodes().get(RES + "/op/12").kind()).isEqualTo("Paragraph");
        assertThat(p.edges()).extracting(PEdge::relation)
                .contains("tasks", "cites", "respondsTo", "mentions", "partOf");
        assertThat(edge(p, RES + "/op/12", ID + "body/UNODC", "call-upon").relation()).isEqualTo("tasks");
        assertThat(p.edges()).allMatch(e -> p.nodes().containsKey(e.source()) && p.nodes().containsKey(e.target()));
    }

    @ParameterizedTest
    @EnumSource(Network.class)
    void graphmlReadsBackWithJGraphT(Network network) throws Exception {
        Projection p = GraphProjection.of(fixture, network);
        String xml = write("graphml", network);
        Graph<String, Object> g = new DirectedPseudograph<>(SupplierUtil.createStringSupplier(), Object::new, false);
        GraphMLImporter<String, Object> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        Set<String> labels = new HashSet<>();
        importer.addVertexAttributeConsumer((v, a) -> labels.add(v.getSecond() + "=" + a.getValue()));
        importer.importGraph(g, new StringReader(xml));
        assertThat(g.vertexSet()).hasSize(p.nodes().size());
        assertThat(g.edgeSet()).hasSize(p.edges().size());
        assertThat(labels).contains("kind=Resolution", "label_en=A/RES/66/177");
    }

    @ParameterizedTest
    @EnumSource(Network.class)
    void gexfIsWellFormedWithEveryNodeAndEdge(Network network) throws Exception {
        Projection p = GraphProjection.of(fixture, network);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(write("gexf", network).getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("gexf");
        assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(p.nodes().size());
        assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(p.edges().size());
        Set<String> ids = new HashSet<>();
        var nodes = doc.getElementsByTagName("node");
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute("id"));
        }
        var edges = doc.getElementsByTagName("edge");
        for (int i = 0; i < edges.getLength(); i++) {
            var e = (org.w3c.dom.Element) edges.item(i);
            assertThat(ids).contains(e.getAttribute("source"), e.getAttribute("target"));
        }
    }

    @Test
    void dotParsesBackAndRendersWithGraphviz(@TempDir Path tmp) throws Exception {
        Projection p = GraphProjection.of(fixture, Network.ALL);
        String dot = write("dot", Network.ALL);
        Graph<String, Object> g = new DirectedPseudograph<>(SupplierUtil.createStringSupplier(), Object::new, false);
        DOTImporter<String, Object> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(g, new StringReader(dot));
        assertThat(g.vertexSet()).hasSize(p.nodes().size());
        assertThat(g.edgeSet()).hasSize(p.edges().size());
        // CI installs Graphviz (.ci/install-test-tools), so there the rendering must happen
        assertThat(onPath("dot") || System.getenv("CI") == null).as("Graphviz dot on the PATH in CI").isTrue();
        if (onPath("dot")) {
            Path in = Files.writeString(tmp.resolve("g.dot"), dot);
            Process proc = new ProcessBuilder("dot", "-Tsvg", in.toString(), "-o", tmp.resolve("g.svg").toString())
                    .redirectErrorStream(true).start();
            assertThat(proc.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(proc.exitValue()).as(new String(proc.getInputStream().readAllBytes())).isZero();
            assertThat(Files.readString(tmp.resolve("g.svg"))).contains("<svg");
        }
    }

    @ParameterizedTest
    @EnumSource(Network.class)
    void cyjsEdgesPointAtExistingNodes(Network network) throws Exception {
        JsonNode json = new ObjectMapper().readTree(write("cyjs", network));
        Set<String> ids = new HashSet<>();
        json.at("/elements/nodes").forEach(n -> ids.add(n.at("/data/id").asText()));
        assertThat(ids).isNotEmpty();
        JsonNode edges = json.at("/elements/edges");
        assertThat(edges.size()).isPositive();
        edges.forEach(e -> assertThat(ids).contains(e.at("/data/source").asText(), e.at("/data/target").asText()));
        json.at("/elements/nodes").forEach(n -> assertThat(n.at("/data/label").asText()).isNotBlank());
    }

    static PEdge edge(Projection p, String source, String target, String verb) {
        return p.edges().stream().filter(e -> e.source().equals(source) && e.target().equals(target)
                && verb.equals(e.verb())).findFirst().orElseThrow(() -> new AssertionError(
                        "no " + verb + " edge " + source + " → " + target + " in " + p.edges()));
    }

    String write(String format, Network network) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.write(fixture, format, network, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static boolean onPath(String exe) {
        return List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(d -> Files.isExecutable(Path.of(d, exe)));
    }
}
