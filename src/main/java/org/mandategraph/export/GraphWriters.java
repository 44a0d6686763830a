package org.mandategraph.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.BaseExporter;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.mandategraph.export.Projection.PEdge;
import org.mandategraph.export.Projection.PNode;

/**
 * Graph file formats for visualisation tools, by command-line name: GraphML (yEd, Gephi, Cytoscape), GEXF
 * (Gephi) and DOT (Graphviz) through JGraphT's exporters, and Cytoscape.js JSON ({@code cyjs}) written with
 * Jackson. Nodes carry {@code kind}, {@code label}, {@code label_zh}, {@code label_en}, {@code iri}; edges carry
 * {@code relation}, {@code label} ({@code edge_label} in GraphML), {@code verb}, {@code topic} and {@code paragraph}.
 */
public final class GraphWriters {
    /** Writes a projection to a stream. */
    @FunctionalInterface
    public interface GraphWriter {
        void write(Projection p, OutputStream out) throws IOException;
    }

    private static final Map<String, GraphWriter> WRITERS = new LinkedHashMap<>();
    private static final Map<String, String> MEDIA_TYPES = new HashMap<>();
    private static final List<String> NODE_ATTRS = List.of("kind", "label", "label_zh", "label_en", "iri");
    private static final List<String> EDGE_ATTRS = List.of("relation", "label", "label_zh", "label_en", "verb", "topic",
            "paragraph");
    private static final Map<String, String> DOT_SHAPES = Map.of("Resolution", "box", "Decision", "box",
            "Report", "note", "Document", "box", "Paragraph", "plaintext", "Instrument", "hexagon",
            "Provision", "component");

    static {
        register("graphml", "application/graphml+xml", GraphWriters::graphml);
        register("gexf", "application/gexf+xml", GraphWriters::gexf);
        register("dot", "text/vnd.graphviz", GraphWriters::dot);
        register("cyjs", "application/json", GraphWriters::cyjs);
    }

    private GraphWriters() {
    }

    private static void register(String name, String mediaType, GraphWriter w) {
        WRITERS.put(name, w);
        MEDIA_TYPES.put(name, mediaType);
    }

    public static Optional<GraphWriter> writer(String name) {
        return Optional.ofNullable(name == null ? null : WRITERS.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    public static List<String> names() {
        return List.copyOf(WRITERS.keySet());
    }

    public static String mediaType(String name) {
        return MEDIA_TYPES.getOrDefault(name, "application/octet-stream");
    }

    /** XML and DOT ids must be tokens, not IRIs: nodes are numbered in projection order, the IRI is an attribute. */
    static java.util.function.Function<PNode, String> numbering(Projection p) {
        Map<String, String> ids = new HashMap<>();
        p.nodeList().forEach(n -> ids.put(n.iri(), "n" + ids.size()));
        return n -> ids.get(n.iri());
    }

    static Graph<PNode, PEdge> jgrapht(Projection p) {
        Graph<PNode, PEdge> g = new DirectedPseudograph<>(null, null, false);
        p.nodeList().forEach(g::addVertex);
        for (PEdge e : p.edges()) {
            g.addEdge(p.nodes().get(e.source()), p.nodes().get(e.target()), e);
        }
        return g;
    }

    static Map<String, String> nodeAttributes(PNode n) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kind", n.kind());
        m.put("label", n.label());
        m.put("label_zh", n.labelZh());
        m.put("label_en", n.labelEn());
        m.put("iri", n.iri());
        return m;
    }

    static Map<String, String> edgeAttributes(PEdge e) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("relation", e.relation());
        m.put("label", e.label());
        m.put("label_zh", e.labelZh());
        m.put("label_en", e.labelEn());
        if (e.verb() != null) {
            m.put("verb", e.verb());
        }
        if (!e.topics().isEmpty()) {
            m.put("topic", String.join(" ", e.topics()));
        }
        if (e.paragraph() != null) {
            m.put("paragraph", e.paragraph());
        }
        return m;
    }

    private static Map<String, Attribute> attrs(Map<String, String> m) {
        Map<String, Attribute> out = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (v != null) {
                out.put(k, DefaultAttribute.createAttribute(v));
            }
        });
        return out;
    }

    private static void export(BaseExporter<PNode, PEdge> exporter, Projection p, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        @SuppressWarnings("unchecked")
        GraphExporter<PNode, PEdge> ge = (GraphExporter<PNode, PEdge>) exporter;
        ge.exportGraph(jgrapht(p), w);
        w.flush();
    }

    static void graphml(Projection p, OutputStream out) throws IOException {
        GraphMLExporter<PNode, PEdge> x = new GraphMLExporter<>(numbering(p));
        x.setEdgeIdProvider(PEdge::id);
        NODE_ATTRS.forEach(a -> x.registerAttribute(a, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING));
        // JGraphT keys GraphML attributes by name alone, so edge labels get their own names
        EDGE_ATTRS.forEach(a -> x.registerAttribute(graphmlEdgeKey(a), GraphMLExporter.AttributeCategory.EDGE,
                AttributeType.STRING));
        x.setVertexAttributeProvider(n -> attrs(nodeAttributes(n)));
        x.setEdgeAttributeProvider(e -> {
            Map<String, String> m = new LinkedHashMap<>();
            edgeAttributes(e).forEach((k, v) -> m.put(graphmlEdgeKey(k), v));
            return attrs(m);
        });
        export(x, p, out);
    }

    private static String graphmlEdgeKey(String name) {
        return name.startsWith("label") ? "edge_" + name : name;
    }

    static void gexf(Projection p, OutputStream out) throws IOException {
        GEXFExporter<PNode, PEdge> x = new GEXFExporter<>(numbering(p), PEdge::id);
        x.setCreator("MandateGraph");
        x.setDescription("MandateGraph " + p.network().cliName() + " network");
        // "label" is GEXF's own node/edge label; the rest are declared attributes
        NODE_ATTRS.stream().filter(a -> !a.equals("label")).forEach(
                a -> x.registerAttribute(a, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING));
        EDGE_ATTRS.stream().filter(a -> !a.equals("label")).forEach(
                a -> x.registerAttribute(a, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING));
        x.setVertexAttributeProvider(n -> attrs(nodeAttributes(n)));
        x.setEdgeAttributeProvider(e -> attrs(edgeAttributes(e)));
        export(x, p, out);
    }

    static void dot(Projection p, OutputStream out) throws IOException {
        DOTExporter<PNode, PEdge> x = new DOTExporter<>(numbering(p));
        x.setGraphIdProvider(() -> "mandategraph");
        x.setGraphAttributeProvider(() -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("rankdir", DefaultAttribute.createAttribute("LR"));
            return m;
        });
        x.setVertexAttributeProvider(n -> {
            Map<String, Attribute> m = attrs(nodeAttributes(n));
            m.put("shape", DefaultAttribute.createAttribute(DOT_SHAPES.getOrDefault(n.kind(), "ellipse")));
            m.put("tooltip", DefaultAttribute.createAttribute(n.iri()));
            return m;
        });
        x.setEdgeAttributeProvider(e -> attrs(edgeAttributes(e)));
        export(x, p, out);
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Cytoscape.js elements ({@code cy.add(json.elements)}), in the layout Cytoscape desktop reads as {@code .cyjs}. */
    static void cyjs(Projection p, OutputStream out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", "1.0");
        root.put("generated_by", "MandateGraph");
        root.put("target_cytoscapejs_version", "~3.33");
        root.putObject("data").put("name", "MandateGraph " + p.network().cliName()).put("network", p.network().cliName());
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        for (PNode n : p.nodeList()) {
            ObjectNode d = nodes.addObject().putObject("data");
            d.put("id", n.iri());
            nodeAttributes(n).forEach(d::put);
        }
        ArrayNode edges = elements.putArray("edges");
        for (PEdge e : p.edges()) {
            ObjectNode d = edges.addObject().putObject("data");
            d.put("id", e.id());
            d.put("source", e.source());
            d.put("target", e.target());
            edgeAttributes(e).forEach(d::put);
            ArrayNode topics = d.putArray("topics");
            e.topics().forEach(topics::add);
        }
        try {
            JSON.writeValue(new NonClosing(out), root);
        } catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
    }

    /** Jackson closes the stream it writes to; callers own theirs. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
