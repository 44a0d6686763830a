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
import org.apache.jena.vocabulary.SKOS;
import org.mandategraph.vocab.MG;
import org.mandategraph.lexicon.ReferenceData;

/** Trigger keywords of the mandate topics in {@code ontology/topics.ttl} ({@code skos:hiddenLabel}), in one language. */
public final class TopicLexicon {
    private final List<Map.Entry<String, String>> keywords = new ArrayList<>();
    private final MatchRules rules;

    public TopicLexicon(Model m, MatchRules rules) {
        this.rules = rules;
        for (Resource r : m.listResourcesWithProperty(RDF.type, MG.Topic).toList()) {
            Statement n = r.getProperty(SKOS.notation);
            if (n == null) {
                continue;
            }
            for (String k : ReferenceData.labels(r, rules.language(), SKOS.hiddenLabel)) {
                keywords.add(Map.entry(rules.normalize(k), n.getString()));
            }
        }
        keywords.sort(Comparator.comparing((Map.Entry<String, String> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey));
    }

    private static final Map<MatchRules, TopicLexicon> SHIPPED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The topic keywords of the shipped reference data in one language, built on first use and then shared. */
    public static TopicLexicon of(MatchRules rules) {
        return SHIPPED.computeIfAbsent(rules, r -> new TopicLexicon(ReferenceData.get().byFile().get("topics.ttl"), r));
    }

    /** Topic codes whose keywords occur in {@code text} (compared by the language's rules), in scheme order, each once. */
    public List<String> topicsIn(String text) {
        String t = rules.normalize(text);
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, String> k : keywords) {
            if (t.contains(k.getKey())) {
                out.add(k.getValue());
            }
        }
        return List.copyOf(out);
    }
}
