package org.mandategraph.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.mandategraph.export.Projection.PEdge;
import org.mandategraph.export.Projection.PNode;
import org.mandategraph.vocab.MG;
import org.mandategraph.vocab.Prefixes;

/**
 * Builds a {@link Projection} from a dataset (default graph plus the union of the named graphs): the mandate
 * network (document → agent), the citation network (document → cited resource) or both with the paragraphs
 * that carry the links. Edge labels are the ontology's labels of the properties.
 */
public final class GraphProjection {
    private static final List<String> KINDS = List.of("Resolution", "Decision", "Report", "Document", "SubParagraph",
            "OperativeParagraph", "PreambularParagraph", "ReportParagraph", "Paragraph", "Body", "StateGroup", "State",
            "Instrument", "Provision");

    private final Graph graph;
    private final Labels labels;
    private final Network network;
    private final Map<String, PNode> nodes = new LinkedHashMap<>();
    private final List<PEdge> edges = new ArrayList<>();
    private final Set<String> edgeKeys = new HashSet<>();

    private GraphProjection(Graph graph, Network network) {
        this.graph = graph;
        this.labels = new Labels(graph);
        this.network = network;
    }

    public static Projection of(DatasetGraph dsg, Network network) {
        java.util.function.Supplier<Projection> build = () -> new GraphProjection(
                new Union(dsg.getDefaultGraph(), dsg.getUnionGraph()), network).build();
        if (dsg.supportsTransactions() && !dsg.isInTransaction()) {
            return Txn.calculateRead(dsg, build);
        }
        return build.get();
    }

    private Projection build() {
        if (network != Network.CITATIONS) {
            mandates();
        }
        if (network != Network.MANDATES) {
            citations();
            select("SELECT ?r ?res { ?r mg:respondsTo ?res }",
                    b -> edge(str(b, "r"), str(b, "res"), "respondsTo", null, List.of(), null));
            provisions();
        }
        if (network == Network.ALL) {
            Set<String> paragraphs = new HashSet<>();
            nodes.values().stream().filter(n -> n.kind().endsWith("Paragraph")).forEach(n -> paragraphs.add(n.iri()));
            select("SELECT ?p ?a { ?p mg:mentions ?a }", b -> {
                if (paragraphs.contains(str(b, "p"))) {
                    edge(str(b, "p"), str(b, "a"), "mentions", null, List.of(), null);
                }
            });
        }
        return new Projection(network, nodes, edges);
    }

    private void mandates() {
        String q = """
                SELECT ?m ?p ?doc ?verb ?addr (GROUP_CONCAT(DISTINCT ?t; separator=" ") AS ?topics) {
                  ?m a mg:Mandate ; mg:inParagraph ?p ; mg:addressee ?addr .
                  OPTIONAL { ?m mg:verb ?verb }
                  OPTIONAL { ?m mg:topic ?t }
                  ?p mg:partOf+ ?doc . ?doc a mg:Document .
                } GROUP BY ?m ?p ?doc ?verb ?addr ORDER BY ?doc ?p ?m
                """;
        select(q, b -> {
            String verb = b.contains("verb") ? code(str(b, "verb")) : null;
            List<String> topics = topics(b);
            String p = str(b, "p");
            if (network == Network.MANDATES) {
                edge(str(b, "doc"), str(b, "addr"), "tasks", verb, topics, p);
            } else {
                edge(p, str(b, "doc"), "partOf", null, List.of(), null);
                edge(p, str(b, "addr"), "tasks", verb, topics, null);
            }
        });
    }

    private void citations() {
        String q = """
                SELECT DISTINCT ?src ?doc ?t {
                  ?src mg:cites ?t .
                  { ?src mg:partOf+ ?doc . ?doc a mg:Document } UNION { ?src a mg:Document BIND(?src AS ?doc) }
                } ORDER BY ?doc ?src ?t
                """;
        select(q, b -> {
            String src = str(b, "src");
            String doc = str(b, "doc");
            if (network == Network.ALL && !src.equals(doc)) {
                edge(src, doc, "partOf", null, List.of(), null);
                edge(src, str(b, "t"), "cites", null, List.of(), null);
            } else {
                edge(doc, str(b, "t"), "cites", null, List.of(), src.equals(doc) ? null : src);
            }
        });
    }

    /** Provisions hang from their article, chapter or instrument so the citation network shows the treaty. */
    private void provisions() {
        List<String> todo = nodes.values().stream().filter(n -> n.kind().equals("Provision")).map(PNode::iri).toList();
        Set<String> done = new HashSet<>();
        List<String> queue = new ArrayList<>(todo);
        while (!queue.isEmpty()) {
            String prov = queue.remove(queue.size() - 1);
            if (!done.add(prov)) {
                continue;
            }
            var it = graph.find(NodeFactory.createURI(prov), MG.partOf.asNode(), Node.ANY);
            while (it.hasNext()) {
                Node parent = it.next().getObject();
                if (parent.isURI()) {
                    edge(prov, parent.getURI(), "partOf", null, List.of(), null);
                    if (kind(parent.getURI()).equals("Provision")) {
                        queue.add(parent.getURI());
                    }
                }
            }
            it.close();
        }
    }

    private void edge(String source, String target, String relation, String verb, List<String> topics, String paragraph) {
        String key = source + " " + relation + " " + target + " " + verb + " " + paragraph;
        if (!edgeKeys.add(key)) {
            return;
        }
        node(source);
        node(target);
        String propertyIri = MG.NS + relation;
        String zh = labels.zh(propertyIri);
        String en = labels.en(propertyIri);
        if (verb != null) {
            String[] v = labels.both(org.mandategraph.vocab.Iris.verb(verb));
            zh = v[0];
            en = v[1];
        }
        edges.add(new PEdge("e" + edges.size(), source, target, relation, zh, en, verb, topics, paragraph));
    }

    private void node(String iri) {
        nodes.computeIfAbsent(iri, i -> {
            String[] l = labels.both(i);
            return new PNode(i, kind(i), l[0], l[1]);
        });
    }

    /** The most specific known class of a resource, else a kind read from its IRI pattern. */
    String kind(String iri) {
        Set<String> types = new HashSet<>();
        var it = graph.find(NodeFactory.createURI(iri), RDF.type.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node t = it.next().getObject();
            if (t.isURI() && t.getURI().startsWith(MG.NS)) {
                types.add(t.getURI().substring(MG.NS.length()));
            }
        }
        it.close();
        for (String k : KINDS) {
            if (types.contains(k)) {
                return k.endsWith("Paragraph") ? "Paragraph" : k;
            }
        }
        String local = iri.startsWith(MG.ID) ? iri.substring(MG.ID.length()) : iri;
        if (local.matches(".*/(pp|op|para)/[^/]+(/[^/]+)?") && !local.startsWith("instrument/")) {
            return "Paragraph";
        }
        if (local.startsWith("instrument/")) {
            return local.split("/").length > 2 ? "Provision" : "Instrument";
        }
        if (local.startsWith("resolution/")) {
            return "Resolution";
        }
        if (local.startsWith("decision/")) {
            return "Decision";
        }
        if (local.startsWith("body/")) {
            return "Body";
        }
        if (local.startsWith("state/")) {
            return "State";
        }
        return "Document";
    }

    private void select(String query, Consumer<Binding> action) {
        try (QueryExec qe = QueryExec.graph(graph).query(Prefixes.sparql() + query).build()) {
            RowSet rs = qe.select();
            rs.forEachRemaining(action);
        }
    }

    private static String str(Binding b, String var) {
        Node n = b.get(var);
        return n == null ? null : n.isURI() ? n.getURI() : n.toString();
    }

    private static List<String> topics(Binding b) {
        Node t = b.get("topics");
        if (t == null || t.getLiteralLexicalForm().isBlank()) {
            return List.of();
        }
        return Arrays.stream(t.getLiteralLexicalForm().split(" ")).map(GraphProjection::code).sorted().toList();
    }

    private static String code(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
