package org.mandategraph.vocab;

import org.mandategraph.vocab.MG;
import java.util.LinkedHashMap;
import java.util.Map;

/** The prefixes every serialisation of MandateGraph data uses. */
public final class Prefixes {
    public static final Map<String, String> ALL;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("mg", MG.NS);
        m.put("id", MG.ID);
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("org", "http://www.w3.org/ns/org#");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("eli", "http://data.europa.eu/eli/ontology#");
        m.put("oa", "http://www.w3.org/ns/oa#");
        ALL = java.util.Collections.unmodifiableMap(m);
    }

    private Prefixes() {
    }

    /** SPARQL PREFIX lines for all prefixes. */
    public static String sparql() {
        StringBuilder sb = new StringBuilder();
        ALL.forEach((k, v) -> sb.append("PREFIX ").append(k).append(": <").append(v).append(">\n"));
        return sb.toString();
    }
}
