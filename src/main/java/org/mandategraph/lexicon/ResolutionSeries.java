package org.mandategraph.lexicon;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.mandategraph.vocab.MG;

/**
 * Symbol series of the bodies' resolutions, fixed by the UN's symbol system (ST/LIB/SER.B/5/Rev.5) and read from
 * {@code mg:resolutionSeries} in {@code ontology/bodies.ttl}: a resolution numbered {@code 66/177} by the General
 * Assembly is {@code A/RES/66/177}.
 */
public final class ResolutionSeries {
    private static final Map<String, String> PREFIX = read(ReferenceData.get().union());

    private ResolutionSeries() {
    }

    static Map<String, String> read(Model m) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Statement s : m.listStatements(null, MG.resolutionSeries, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            Statement code = s.getSubject().getProperty(SKOS.notation);
            if (code != null) {
                out.put(code.getString(), s.getString());
            }
        }
        return Map.copyOf(out);
    }

    public static String prefix(String bodyCode) {
        return PREFIX.get(bodyCode);
    }

    /** The body whose resolution series a symbol belongs to ({@code A/RES/66/177} → {@code GA}), or null. */
    public static String bodyOf(String symbol) {
        String best = null;
        for (Map.Entry<String, String> e : PREFIX.entrySet()) {
            if (symbol.startsWith(e.getValue()) && symbol.length() > e.getValue().length()
                    && (best == null || e.getValue().length() > PREFIX.get(best).length())) {
                best = e.getKey();
            }
        }
        return best;
    }
}
