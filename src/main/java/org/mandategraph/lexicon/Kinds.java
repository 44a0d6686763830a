package org.mandategraph.lexicon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.mandategraph.vocab.MG;

/**
 * The kinds of {@code ontology/kinds.ttl} (the values of {@code mg:kind}) and what each kind does for extraction:
 * whether its bodies adopt numbered resolutions, whether its agents can be addressees. Read from data, so a new kind
 * or a change of what a kind does needs no code.
 */
public final class Kinds {
    /** One kind: its notation and its flags. */
    public record Kind(String code, boolean adoptsResolutions, boolean addressable) {
    }

    private final Map<String, Kind> byCode = new LinkedHashMap<>();

    public Kinds(Model m) {
        for (Resource r : m.listSubjectsWithProperty(SKOS.inScheme, m.createResource(MG.ID + "kind")).toList()) {
            Statement code = r.getProperty(SKOS.notation);
            if (code == null) {
                continue;
            }
            byCode.put(code.getString(), new Kind(code.getString(), flag(r, MG.adoptsResolutions, false),
                    flag(r, MG.addressable, true)));
        }
    }

    /** The kinds of the shipped reference data, read on first use. */
    public static Kinds get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Kinds INSTANCE = new Kinds(ReferenceData.get().union());
    }

    private static boolean flag(Resource r, org.apache.jena.rdf.model.Property p, boolean dflt) {
        Statement s = r.getProperty(p);
        return s == null ? dflt : s.getBoolean();
    }

    public Optional<Kind> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Whether bodies of this kind adopt numbered resolutions and decisions; false for an unknown kind. */
    public boolean adoptsResolutions(String kind) {
        return byCode(kind).map(Kind::adoptsResolutions).orElse(false);
    }

    /** Whether agents of this kind can be addressees; true for an unknown kind. */
    public boolean addressable(String kind) {
        return byCode(kind).map(Kind::addressable).orElse(true);
    }

    public java.util.Set<String> codes() {
        return java.util.Collections.unmodifiableSet(byCode.keySet());
    }
}
