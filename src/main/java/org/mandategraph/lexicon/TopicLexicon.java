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

/** Trigger keywords of the mandate topics in {@code ontology/topics.ttl} ({@code skos:hiddenLabel @zh}). */
public final class TopicLexicon {
    private final List<Map.Entry<String, String>> keywords = new ArrayList<>();

    public TopicLexicon(Model m) {
        for (Resource r : m.listResourcesWithProperty(RDF.type, MG.Topic).toList()) {
            Statement n = r.getProperty(SKOS.notation);
            if (n == null) {
                continue;
            }
            for (String k : ReferenceData.chineseLabels(r, SKOS.hiddenLabel)) {
                keywords.add(Map.entry(k, n.getString()));
            }
        }
        keywords.sort(Comparator.comparing((Map.Entry<String, String> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey));
    }

    /** The instance built from the shipped reference data, made on first use (holder idiom: lazy and thread-safe). */
    public static TopicLexicon get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final TopicLexicon INSTANCE = new TopicLexicon(ReferenceData.get().byFile().get("topics.ttl"));
    }

    /** Topic codes whose keywords occur in {@code text} (spaces ignored), in scheme order, each once. */
    public List<String> topicsIn(String text) {
        String t = text.replaceAll("\\s+", "");
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, String> k : keywords) {
            if (t.contains(k.getKey())) {
                out.add(k.getValue());
            }
        }
        return List.copyOf(out);
    }
}
