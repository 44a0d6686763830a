package org.mandategraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.vocabulary.RDF;
import org.mandategraph.vocab.MG;

/**
 * Links derived across documents, the one implementation of each: the SPARQL rules in
 * {@code org/mandategraph/rules/} (a report answers the reporting mandate of the resolution it responds to,
 * SPEC §5 rule 8). {@code extract} runs them over the few triples each document contributes to them
 * ({@link #relevant}), the store over its union graph restricted to the documents a load changed.
 */
public final class Links {
    /** The rules, as CONSTRUCT queries with the variables they are restricted by. */
    public static final List<String> RULES = List.of("answers-mandate.rq");
    private static final String BASE = "org/mandategraph/rules/";
    /** The rules' text, read from the class path once. */
    private static final List<String> TEXTS = RULES.stream().map(r -> read(BASE + r)).toList();
    /** Predicates the rules read: a document's graph reduced to them is all that linking needs of it. */
    private static final Set<Node> READ = Set.of(MG.respondsTo.asNode(), MG.organ.asNode(), MG.session.asNode(),
            MG.inParagraph.asNode(), MG.reportTo.asNode(), MG.dueSession.asNode(), MG.partOf.asNode());
    private static final Set<Node> TYPES = Set.of(MG.Report.asNode(), MG.Mandate.asNode());

    private Links() {
    }

    /** Whether the rules read this triple. */
    public static boolean relevant(Triple t) {
        Node p = t.getPredicate();
        return READ.contains(p) || (p.equals(RDF.type.asNode()) && TYPES.contains(t.getObject()));
    }

    /** What the rules derive over {@code graph}, every document in it. */
    public static List<Triple> derive(Graph graph) {
        return derive(DatasetFactory.wrap(ModelFactory.createModelForGraph(graph)), null, null);
    }

    /**
     * What the rules derive over the default graph of {@code ds}, restricted to links whose report is among
     * {@code reports} or whose resolution is among {@code resolutions} (both null: no restriction).
     */
    public static List<Triple> derive(Dataset ds, Collection<String> reports, Collection<String> resolutions) {
        List<Triple> out = new ArrayList<>();
        for (String text : TEXTS) {
            if (reports == null && resolutions == null) {
                run(ds, QueryFactory.create(text), out);
                continue;
            }
            restrict(ds, text, "report", reports, out);
            restrict(ds, text, "resolution", resolutions, out);
        }
        return out.stream().distinct().toList();
    }

    private static void restrict(Dataset ds, String text, String var, Collection<String> iris, List<Triple> out) {
        if (iris == null || iris.isEmpty()) {
            return;
        }
        Query q = QueryFactory.create(text);
        if (!q.isConstructType()) {
            throw new IllegalStateException("rule is not a CONSTRUCT query: " + text);
        }
        Var v = Var.alloc(var);
        List<Binding> rows = new ArrayList<>();
        for (String iri : iris) {
            rows.add(BindingFactory.binding(v, NodeFactory.createURI(iri)));
        }
        q.setValuesDataBlock(List.of(v), rows);
        run(ds, q, out);
    }

    private static void run(Dataset ds, Query q, List<Triple> out) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
            qe.execConstructTriples().forEachRemaining(out::add);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Links.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing rule " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
