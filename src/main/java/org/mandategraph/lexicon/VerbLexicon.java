package org.mandategraph.lexicon;

import org.mandategraph.read.Width;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.mandategraph.document.Span;
import org.mandategraph.vocab.MG;
import org.mandategraph.lexicon.ReferenceData;

/**
 * The forms of the action verbs of {@code ontology/verbs.ttl} in one language, matched longest-first at a position,
 * so that {@code 表示赞赏地注意到} wins over {@code 注意到} and {@code 重申呼吁} over {@code 重申}. Where the language folds
 * case, a form matches however its first letters are printed ("Also requests" at the head of a paragraph, "also
 * requests" inside one); where it matches whole words, a form must not run into a longer word ("Notes" is not in
 * "Notestein").
 */
public final class VerbLexicon {

    /** A verb concept: its code ({@code request}), class ({@code directive}) and task property, if directive. */
    public record Verb(String code, String verbClass, String taskProperty) {
        public boolean directive() {
            return taskProperty != null;
        }
    }

    /** A verb form found in text: the concept, the printed form and where it is. */
    public record Hit(Verb verb, String form, Span span) {
    }

    private final Map<String, Verb> byForm = new HashMap<>();
    private final Map<String, Verb> byCode = new HashMap<>();
    private int longest;
    private final MatchRules rules;

    /** The verbs of {@code m} with their forms in {@code rules.language()}. */
    public VerbLexicon(Model m, MatchRules rules) {
        this.rules = rules;
        List<Resource> verbs = m.listResourcesWithProperty(RDF.type, MG.ActionVerb).toList();
        for (Resource r : verbs) {
            Statement n = r.getProperty(SKOS.notation);
            if (n == null) {
                continue;
            }
            Resource cls = r.getPropertyResourceValue(MG.verbClass);
            Resource task = r.getPropertyResourceValue(MG.taskProperty);
            Verb v = new Verb(n.getString(), cls == null ? null : cls.getURI().substring(cls.getURI().lastIndexOf('/') + 1),
                    task == null ? null : task.getURI());
            byCode.put(v.code(), v);
            for (String form : ReferenceData.labels(r, rules.language(), SKOS.prefLabel, SKOS.altLabel)) {
                byForm.merge(key(form), v, (a, b) -> a.code().compareTo(b.code()) <= 0 ? a : b);
                longest = Math.max(longest, form.length());
            }
        }
    }

    /** A form as the index keeps it: folded where the language folds case, else as printed. */
    private String key(String form) {
        return rules.foldCase() ? form.toLowerCase(java.util.Locale.ROOT) : form;
    }

    private static final Map<MatchRules, VerbLexicon> SHIPPED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The verbs of the shipped reference data in one language, built on first use and then shared. */
    public static VerbLexicon of(MatchRules rules) {
        return SHIPPED.computeIfAbsent(rules, r -> new VerbLexicon(ReferenceData.get().byFile().get("verbs.ttl"), r));
    }

    public Optional<Verb> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The longest verb form that starts exactly at {@code pos} of {@code text}. */
    public Optional<Hit> at(String text, int pos) {
        if (rules.wordBoundaries() && pos > 0 && pos <= text.length() && Character.isLetterOrDigit(text.charAt(pos - 1))) {
            return Optional.empty();
        }
        for (int len = Math.min(longest, text.length() - pos); len > 0; len--) {
            String f = text.substring(pos, pos + len);
            Verb v = byForm.get(key(f));
            if (v != null && (!rules.wordBoundaries() || pos + len == text.length()
                    || !Character.isLetterOrDigit(text.charAt(pos + len)))) {
                return Optional.of(new Hit(v, f, new Span(pos, pos + len)));
            }
        }
        return Optional.empty();
    }

    /** Whether some verb form ends exactly at {@code pos} of {@code text} ({@code 注意到|专家组}). */
    public boolean formEndsAt(String text, int pos) {
        for (int len = 1; len <= Math.min(longest, pos); len++) {
            int start = pos - len;
            if (byForm.containsKey(key(text.substring(start, pos)))
                    && (!rules.wordBoundaries() || start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb a paragraph opens with: the longest form at its start, or right after a short lead-in that ends
     * in a comma of either width ({@code 最后，请…}, {@code 后，} when PDF extraction lost a character, "Finally, requests").
     */
    public Optional<Hit> lead(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        Optional<Hit> h = at(text, i);
        if (h.isPresent()) {
            return h;
        }
        int comma = firstComma(text, i);
        if (comma > i && comma - i <= 4) {
            int j = comma + 1;
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            return at(text, j);
        }
        return Optional.empty();
    }

    /** The first comma, ASCII or full-width (U+FF0C), at or after {@code from}; -1 if none. */
    private static int firstComma(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Width.ascii(c) == ',') {
                return k;
            }
        }
        return -1;
    }
}
