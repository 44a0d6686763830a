package org.mandategraph.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.mandategraph.vocab.MG;

/**
 * The short forms of {@code ontology/anaphora.ttl} in one language ({@code 该办公室}, "the Office"): for each, the
 * kinds of agent it may stand for, how it is resolved and whether it needs a phrase start. Read from data, so a new
 * short form needs no code.
 */
public final class AnaphorRules {
    /** How a short form finds its agent; the annotator implements each. */
    public enum Strategy { NAMED, POST, COMMISSION, GROUP }

    /** One rule: its IRI, the kinds it may denote, its strategy, whether it is bare, and its printed forms. */
    public record Rule(String iri, Set<String> kinds, Strategy strategy, boolean bare, List<String> surfaces) {
        public Rule {
            kinds = Set.copyOf(kinds);
            surfaces = List.copyOf(surfaces);
        }
    }

    private final List<Rule> rules = new ArrayList<>();

    public AnaphorRules(Model m, String language) {
        List<Resource> subjects = m.listSubjectsWithProperty(RDF.type, MG.AnaphorRule).toList();
        subjects.sort(Comparator.comparing(Resource::getURI));
        for (Resource r : subjects) {
            List<String> surfaces = ReferenceData.labels(r, language, MG.anaphorSurface);
            if (surfaces.isEmpty()) {
                continue;
            }
            Set<String> kinds = new LinkedHashSet<>();
            r.listProperties(MG.denotesKind).forEachRemaining(s -> kinds.add(s.getString()));
            Statement strategy = r.getProperty(MG.resolution);
            Statement bare = r.getProperty(MG.bare);
            rules.add(new Rule(r.getURI(), kinds,
                    Strategy.valueOf(strategy == null ? "NAMED" : strategy.getString().toUpperCase(java.util.Locale.ROOT)),
                    bare != null && bare.getBoolean(), surfaces));
        }
    }

    private static final Map<String, AnaphorRules> SHIPPED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The shipped rules of one language, read on first use and then shared. */
    public static AnaphorRules of(String language) {
        return SHIPPED.computeIfAbsent(language, l -> new AnaphorRules(ReferenceData.get().union(), l));
    }

    public List<Rule> rules() {
        return List.copyOf(rules);
    }
}
