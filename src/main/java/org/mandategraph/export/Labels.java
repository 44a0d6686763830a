package org.mandategraph.export;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.mandategraph.vocab.MG;
import org.mandategraph.lexicon.ReferenceData;

/**
 * Human-readable zh and en labels for any resource of the graph: {@code skos:prefLabel} / {@code rdfs:label} from
 * the data or, when the data carries no reference data, from the reference data on the class path; documents by
 * their symbol; paragraphs as {@code A/RES/66/177 op 12}; anything else by the tail of its IRI.
 */
public final class Labels {
    private static final Pattern PARAGRAPH = Pattern.compile("^(.*)/(pp|op|para)/([^/]+)(?:/([^/]+))?$");
    private static final Pattern DOC = Pattern.compile("^(resolution|decision)/([^/]+)/(.+)$");
    private final Graph data;
    private final Graph reference;
    private final Map<String, String[]> cache = new HashMap<>();

    public Labels(Graph data) {
        this.data = data;
        this.reference = referenceGraph();
    }

    private static Graph referenceGraph() {
        try {
            return ReferenceData.get().union().getGraph();
        } catch (RuntimeException e) {
            return org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        }
    }

    public String zh(String iri) {
        return both(iri)[0];
    }

    public String en(String iri) {
        return both(iri)[1];
    }

    /** {zh, en}; either falls back to the other, both to a label made from the IRI. */
    public String[] both(String iri) {
        String[] l = cache.get(iri);
        if (l == null) {
            l = compute(iri);
            cache.put(iri, l);
        }
        return l;
    }

    private String[] compute(String iri) {
        Node n = NodeFactory.createURI(iri);
        Matcher pm = PARAGRAPH.matcher(iri);
        if (pm.matches() && iri.startsWith(MG.ID) && !iri.contains("/instrument/")) {
            String[] doc = both(pm.group(1));
            String tail = " " + pm.group(2) + " " + pm.group(3) + (pm.group(4) == null ? "" : " (" + pm.group(4) + ")");
            return new String[] {doc[0] + tail, doc[1] + tail};
        }
        String symbol = plain(n, MG.symbol.asNode());
        String zh = lang(n, "zh");
        String en = lang(n, "en");
        String fallback = symbol != null ? symbol : fromIri(iri);
        if (symbol != null && (iri.contains("/resolution/") || iri.contains("/decision/") || iri.contains("/doc/"))) {
            zh = symbol;
            en = symbol;
        }
        if (zh == null) {
            zh = en != null ? en : fallback;
        }
        if (en == null) {
            en = fallback;
        }
        return new String[] {zh, en};
    }

    private String lang(Node n, String lang) {
        for (Node p : new Node[] {SKOS.prefLabel.asNode(), RDFS.label.asNode(), DCTerms.title.asNode()}) {
            for (Graph g : new Graph[] {data, reference}) {
                var it = g.find(n, p, Node.ANY);
                try {
                    while (it.hasNext()) {
                        Node o = it.next().getObject();
                        if (o.isLiteral() && o.getLiteralLanguage().equalsIgnoreCase(lang)) {
                            return o.getLiteralLexicalForm();
                        }
                    }
                } finally {
                    it.close();
                }
            }
        }
        return null;
    }

    private String plain(Node n, Node p) {
        for (Graph g : new Graph[] {data, reference}) {
            var it = g.find(n, p, Node.ANY);
            try {
                if (it.hasNext()) {
                    Triple t = it.next();
                    return t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : null;
                }
            } finally {
                it.close();
            }
        }
        return null;
    }

    /** {@code resolution/GA/66/177} → {@code GA 66/177}; {@code instrument/UNTOC/art/7/para/1} → {@code UNTOC art 7 para 1}. */
    static String fromIri(String iri) {
        String local = iri.startsWith(MG.ID) ? iri.substring(MG.ID.length())
                : iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
        Matcher dm = DOC.matcher(local);
        if (dm.matches()) {
            return dm.group(2) + " " + dm.group(3);
        }
        if (local.startsWith("instrument/")) {
            return local.substring("instrument/".length()).replace('/', ' ');
        }
        int slash = local.indexOf('/');
        return slash >= 0 && !local.startsWith("doc/") ? local.substring(slash + 1) : local.replaceFirst("^doc/", "");
    }
}
