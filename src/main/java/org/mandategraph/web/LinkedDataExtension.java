package org.mandategraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.fuseki.main.FusekiServer;
import org.mandategraph.export.JsonLdContext;
import org.mandategraph.vocab.MG;
import org.mandategraph.vocab.Prefixes;
import org.mandategraph.store.ServerExtension;

/**
 * Linked data on the server: every minted IRI dereferences at {@code /id/…} (HTML for browsers, Turtle, JSON-LD,
 * RDF/XML or N-Triples for clients, 404 for unknown resources), a VoID/DCAT description at
 * {@code /.well-known/void}, and the JSON-LD context at {@code /context.jsonld}.
 */
public final class LinkedDataExtension implements ServerExtension {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DATASET = "https://w3id.org/mandategraph/dataset";

    @Override
    public void register(FusekiServer.Builder builder, DatasetGraph dataset) {
        builder.addServlet("/id/*", new ResourceServlet(dataset));
        builder.addServlet("/.well-known/void", new VoidServlet(dataset));
        builder.addServlet("/context.jsonld", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                resp.setHeader("Access-Control-Allow-Origin", "*");
                resp.setHeader("Cache-Control", "max-age=3600");
                Responses.send(resp, 200, "application/ld+json", JsonLdContext.bytes());
            }
        });
    }

    /**
     * The media type to answer in: {@code ?format=} when it names one, else the best of what {@code Accept} takes
     * among RDF (and HTML when {@code html}). Null after answering 406 with what is on offer, when none fits.
     */
    static String format(HttpServletRequest req, HttpServletResponse resp, boolean html) throws IOException {
        String f = req.getParameter("format");
        if (f != null && Responses.FORMAT_PARAM.containsKey(f)) {
            return Responses.FORMAT_PARAM.get(f);
        }
        String type = Conneg.choose(req.getHeader("Accept"), html);
        if (type == null) {
            Responses.text(resp, 406, "text/plain", "not acceptable; offers: " + (html ? "text/html, " : "") + Conneg.RDF + "\n");
        }
        return type;
    }

    /** A servlet answering from the dataset it was given: the linked-data views read it, never write. */
    abstract static class DatasetServlet extends HttpServlet {
        protected final transient DatasetGraph dsg;

        DatasetServlet(DatasetGraph dsg) {
            this.dsg = dsg;
        }
    }

    /** {@code GET /id/PATH} describes {@code https://w3id.org/mandategraph/id/PATH}. */
    static final class ResourceServlet extends DatasetServlet {
        ResourceServlet(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String path = req.getPathInfo();
            resp.setHeader("Vary", "Accept");
            if (path == null || path.length() < 2) {
                Responses.notFound(resp, "/id/");
                return;
            }
            String iri = MG.ID + path.substring(1);
            String type = format(req, resp, true);
            if (type == null) {
                return;
            }
            byte[][] body = new byte[1][];
            Txn.executeRead(dsg, () -> {
                Graph union = ResourceDescription.union(dsg);
                if (!ResourceDescription.known(union, iri)) {
                    return;
                }
                Graph d = ResourceDescription.describe(union, iri);
                body[0] = type.equals(Conneg.HTML)
                        ? new ResourcePage(union).render(iri, d).getBytes(StandardCharsets.UTF_8)
                        : Responses.rdf(d, type);
            });
            if (body[0] == null) {
                if (type.equals(Conneg.HTML)) {
                    Responses.text(resp, 404, "text/html", Html.page("Not found",
                            "<h1>404</h1><p>No resource <code>" + Html.esc(iri) + "</code> in this dataset.</p>"));
                } else {
                    Responses.notFound(resp, iri);
                }
                return;
            }
            Responses.send(resp, 200, type, body[0]);
        }
    }

    /** The dataset described with VoID and DCAT: endpoint, URI space, vocabulary, sizes and class partitions. */
    static final class VoidServlet extends DatasetServlet {
        VoidServlet(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String type = format(req, resp, false);
            if (type == null) {
                return;
            }
            String base = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
            Graph g = Txn.calculateRead(dsg, () -> describe(base));
            resp.setHeader("Vary", "Accept");
            Responses.send(resp, 200, type, Responses.rdf(g, type));
        }

        Graph describe(String base) {
            Graph g = GraphFactory.createDefaultGraph();
            Node ds = NodeFactory.createURI(DATASET);
            add(g, ds, RDF.type.getURI(), NodeFactory.createURI(VOID + "Dataset"));
            add(g, ds, RDF.type.getURI(), NodeFactory.createURI(DCAT + "Dataset"));
            add(g, ds, DCTerms.title.getURI(), NodeFactory.createLiteralLang("MandateGraph", "en"));
            add(g, ds, DCTerms.title.getURI(), NodeFactory.createLiteralLang(UiText.get("dataset.title.zh"), "zh"));
            add(g, ds, DCTerms.description.getURI(), NodeFactory.createLiteralLang(
                    "Mandates and citations extracted from UN resolutions, decisions and reports.", "en"));
            Node sparql = NodeFactory.createURI(base + "/kg/sparql");
            add(g, ds, VOID + "sparqlEndpoint", sparql);
            add(g, ds, VOID + "uriSpace", NodeFactory.createLiteralString(MG.ID));
            add(g, ds, VOID + "vocabulary", NodeFactory.createURI(MG.NS));
            add(g, ds, VOID + "rootResource", NodeFactory.createURI(base + "/"));
            Node dist = NodeFactory.createURI(DATASET + "#sparql");
            add(g, ds, DCAT + "distribution", dist);
            add(g, dist, RDF.type.getURI(), NodeFactory.createURI(DCAT + "Distribution"));
            add(g, dist, DCAT + "accessURL", sparql);
            add(g, dist, DCAT + "mediaType", NodeFactory.createLiteralString("application/sparql-results+json"));
            Node svc = NodeFactory.createURI(DATASET + "#service");
            add(g, dist, DCAT + "accessService", svc);
            add(g, svc, RDF.type.getURI(), NodeFactory.createURI(DCAT + "DataService"));
            add(g, svc, DCAT + "endpointURL", sparql);
            Graph union = ResourceDescription.union(dsg);
            String counts = """
                    SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?entities) { ?s ?p ?o }
                    """;
            try (QueryExec qe = QueryExec.graph(union).query(counts).build()) {
                var row = qe.select().next();
                add(g, ds, VOID + "triples", integer(row.get("triples")));
                add(g, ds, VOID + "distinctSubjects", integer(row.get("entities")));
            }
            String classes = Prefixes.sparql() + """
                    SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c FILTER(STRSTARTS(STR(?c), STR(mg:))) } GROUP BY ?c ORDER BY ?c
                    """;
            try (QueryExec qe = QueryExec.graph(union).query(classes).build()) {
                qe.select().forEachRemaining(b -> {
                    String local = b.get("c").getURI().substring(MG.NS.length());
                    Node part = NodeFactory.createURI(DATASET + "#class-" + local);
                    add(g, ds, VOID + "classPartition", part);
                    add(g, part, VOID + "class", b.get("c"));
                    add(g, part, VOID + "entities", integer(b.get("n")));
                });
            }
            dsg.listGraphNodes().forEachRemaining(gn -> add(g, ds, VOID + "subset", gn));
            g.getPrefixMapping().setNsPrefixes(Prefixes.ALL);
            return g;
        }

        private static Node integer(Node n) {
            return NodeFactory.createLiteralDT(n.getLiteralLexicalForm(), XSDDatatype.XSDinteger);
        }

        private static void add(Graph g, Node s, String p, Node o) {
            g.add(Triple.create(s, NodeFactory.createURI(p), o));
        }
    }
}
