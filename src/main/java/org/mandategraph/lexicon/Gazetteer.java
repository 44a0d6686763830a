package org.mandategraph.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.mandategraph.document.Span;
import org.mandategraph.vocab.MG;
import org.mandategraph.lexicon.ReferenceData;

/**
 * Names of bodies, State groups, States and instruments, read from {@code ontology/}, and a leftmost-longest
 * matcher over the text of one language, by that language's {@link MatchRules}: Chinese ignores spaces
 * ({@code 1988 年} matches {@code 1988年}), English folds case and matches whole words. Reported spans point into
 * the original text.
 */
public final class Gazetteer {

    /** What a name denotes. */
    public enum Type {
        BODY, STATE_GROUP, STATE, INSTRUMENT,
        /** Agents without a code of their own ({@code 国际社会}, {@code 有关国际组织}): mentioned, never an addressee. */
        COLLECTIVE
    }

    /**
     * One named thing: its code, IRI, type, kind ({@code office}, {@code convention}), its preferred label in the
     * gazetteer's language and in every language, and all its names in the gazetteer's language, normalised.
     */
    public record Entry(String code, String iri, Type type, String kind, String label, Map<String, String> labels,
                        List<String> names, String untsVolume, String untsNumber, String parent) {
        public Entry {
            labels = Map.copyOf(labels);
            names = List.copyOf(names);
        }

        /** The preferred label in language {@code tag}, or null. */
        public String label(String tag) {
            return labels.get(tag);
        }
    }

    /** A name found in text. {@code span} is into the text given to {@link #find}. */
    public record Match(Entry entry, Span span, String surface) {
    }

    private final Map<String, Entry> byCode = new LinkedHashMap<>();
    private final Map<String, Entry> byIri = new HashMap<>();
    /** Every name of two characters or more, by its key, char by char: what {@link #find} walks from each position. */
    private final NameTrie trie = new NameTrie();

    /**
     * One name as the index keeps it: {@code key} normalised by the rules, {@code printed} with only its spaces
     * normalised, so that a folded match can still be checked against the capitals the name is printed with.
     */
    private record Name(String key, String printed, Entry entry) {
    }

    private final MatchRules rules;

    /** A gazetteer of the names in {@code rules.language()} that {@code m} gives, matched by {@code rules}. */
    public Gazetteer(Model m, MatchRules rules) {
        this.rules = rules;
        addAll(m, MG.Body, Type.BODY);
        addAll(m, MG.StateGroup, Type.STATE_GROUP);
        addAll(m, MG.State, Type.STATE);
        addAll(m, MG.Instrument, Type.INSTRUMENT);
        addAll(m, MG.Agent, Type.COLLECTIVE);
        trie.freeze();
        firstLevel = trie.table();
        entries = List.copyOf(byCode.values());
    }

    /**
     * The names' keys as a trie, so that the names a text position starts with are found by reading the text once
     * from there, not by trying every name of the same first character. A node lists the names whose key ends
     * there in the order they were added; the longest key is the deepest node on the path.
     */
    private static final class NameTrie {
        private char[] labels = new char[0];
        private NameTrie[] children = new NameTrie[0];
        private Map<Character, NameTrie> building = new HashMap<>();
        private List<Name> here = List.of();

        void add(Name n) {
            NameTrie t = this;
            for (int i = 0; i < n.key().length(); i++) {
                t = t.building.computeIfAbsent(n.key().charAt(i), c -> new NameTrie());
            }
            if (t.here.isEmpty()) {
                t.here = new ArrayList<>();
            }
            t.here.add(n);
        }

        /** Children as sorted arrays, for a binary search without boxing. */
        void freeze() {
            List<Character> cs = new ArrayList<>(building.keySet());
            cs.sort(Comparator.naturalOrder());
            labels = new char[cs.size()];
            children = new NameTrie[cs.size()];
            for (int i = 0; i < cs.size(); i++) {
                labels[i] = cs.get(i);
                children[i] = building.get(cs.get(i));
                children[i].freeze();
            }
            building = null;
            here = List.copyOf(here);
        }

        NameTrie child(char c) {
            int k = java.util.Arrays.binarySearch(labels, c);
            return k < 0 ? null : children[k];
        }

        /** The children by character, for the root: every text position asks it. */
        NameTrie[] table() {
            NameTrie[] t = new NameTrie[Character.MAX_VALUE + 1];
            for (int i = 0; i < labels.length; i++) {
                t[labels[i]] = children[i];
            }
            return t;
        }
    }

    /** The trie's first level indexed by character. */
    private NameTrie[] firstLevel;
    private List<Entry> entries;

    private static final Map<MatchRules, Gazetteer> SHIPPED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The gazetteer of the shipped reference data for one language's rules, built on first use and then shared. */
    public static Gazetteer of(MatchRules rules) {
        return SHIPPED.computeIfAbsent(rules, r -> new Gazetteer(ReferenceData.get().union(), r));
    }

    public MatchRules rules() {
        return rules;
    }

    private void addAll(Model m, Resource type, Type t) {
        List<Resource> subjects = m.listResourcesWithProperty(RDF.type, type).toList();
        subjects.sort(Comparator.comparing(Resource::getURI));
        for (Resource r : subjects) {
            if (byIri.containsKey(r.getURI())) {
                continue;
            }
            String code = str(r, SKOS.notation);
            if (code == null) {
                code = r.getURI().substring(r.getURI().lastIndexOf('/') + 1);
            }
            Map<String, String> labels = new java.util.TreeMap<>();
            for (Statement s : r.listProperties(SKOS.prefLabel).toList()) {
                if (s.getObject().isLiteral() && !s.getLiteral().getLanguage().isEmpty()) {
                    labels.putIfAbsent(s.getLiteral().getLanguage().toLowerCase(java.util.Locale.ROOT).split("-")[0],
                            s.getLiteral().getLexicalForm());
                }
            }
            List<String> names = new ArrayList<>();
            // every printed form of a key: "Developing countries" (the display label) and "developing countries"
            java.util.Set<Map.Entry<String, String>> printed = new java.util.LinkedHashSet<>();
            for (String n : ReferenceData.labels(r, rules.language(), SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                names.add(normalize(n));
                printed.add(Map.entry(normalize(n), unfolded(n)));
            }
            names.sort(Comparator.naturalOrder());
            Resource parent = r.getPropertyResourceValue(MG.parentInstrument);
            Entry e = new Entry(code, r.getURI(), t, str(r, MG.kind), labels.get(rules.language()), labels, names,
                    str(r, MG.untsVolume), str(r, MG.untsNumber), parent == null ? null : parent.getURI());
            byCode.putIfAbsent(code, e);
            byIri.put(e.iri(), e);
            List<Map.Entry<String, String>> forms = new ArrayList<>(printed);
            forms.sort(Map.Entry.comparingByKey());
            for (Map.Entry<String, String> n : forms) {
                if (n.getKey().length() < 2) {
                    continue;
                }
                trie.add(new Name(n.getKey(), n.getValue(), e));
            }
        }
    }

    private static String str(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        if (s == null) {
            return null;
        }
        RDFNode o = s.getObject();
        return o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString();
    }

    /** A name as the matcher compares it, by this gazetteer's {@link MatchRules}. */
    public String normalize(String s) {
        return rules.normalize(s);
    }

    public Optional<Entry> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Optional<Entry> byIri(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    /** Every entry, in the order the reference data gave them; one list made when the gazetteer is built (annotators walk it per document). */
    public List<Entry> entries() {
        return entries;
    }

    /** The entry whose whole name is exactly {@code name} (spaces ignored). */
    public Optional<Entry> exact(String name, Set<Type> types) {
        String n = normalize(name);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        NameTrie t = trie;
        for (int i = 0; i < n.length() && t != null; i++) {
            t = t.child(n.charAt(i));
        }
        if (t == null) {
            return Optional.empty();
        }
        for (Name c : t.here) {
            if (types.contains(c.entry().type()) && capitalsKept(c.printed(), unfolded(name), 0)) {
                return Optional.of(c.entry());
            }
        }
        return Optional.empty();
    }

    /** Leftmost-longest, non-overlapping matches of the given types. */
    public List<Match> find(String text, Set<Type> types) {
        char[] squeezed = new char[text.length()];
        char[] raw = new char[text.length()];
        int[] orig = new int[text.length() + 1];
        int k = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (rules.skips(c)) {
                continue;
            }
            if (c <= 0x3000 && Character.isWhitespace(c)) { // nothing above U+3000 is white space
                space = true;
                continue;
            }
            if (space && k > 0 && !rules.joinsAfterHyphen(squeezed[k - 1])) {
                squeezed[k] = ' ';
                raw[k] = ' ';
                orig[k++] = i - 1;
            }
            space = false;
            squeezed[k] = rules.fold(c);
            raw[k] = c;
            orig[k++] = i;
        }
        orig[k] = text.length();
        String s = new String(squeezed, 0, k);
        CharSequence unfolded = java.nio.CharBuffer.wrap(raw, 0, k);
        List<Match> out = new ArrayList<>();
        NameTrie[] path = new NameTrie[16];
        int i = 0;
        while (i < s.length()) {
            // the nodes of the names that start at i, shortest first; then the longest that qualifies
            int depth = 0;
            NameTrie t = firstLevel[s.charAt(i)];
            for (int j = i + 1; t != null; j++) {
                if (!t.here.isEmpty()) {
                    if (depth == path.length) {
                        path = java.util.Arrays.copyOf(path, depth * 2);
                    }
                    path[depth++] = t;
                }
                t = j < s.length() ? t.child(s.charAt(j)) : null;
            }
            Name best = null;
            for (int d = depth - 1; d >= 0 && best == null; d--) {
                for (Name c : path[d].here) {
                    if (types.contains(c.entry().type())
                            && (!rules.wordBoundaries() || atBoundaries(s, i, i + c.key().length()))
                            && capitalsKept(c.printed(), unfolded, i)) {
                        best = c;
                        break;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int end = i + best.key().length();
            int start = orig[i];
            int stop = orig[end - 1] + 1;
            out.add(new Match(best.entry(), new Span(start, stop), text.substring(start, stop)));
            i = end;
        }
        return out;
    }

    /** A name with its spaces normalised as the text is, but not folded. */
    private String unfolded(String name) {
        return new MatchRules(rules.language(), rules.ignoreSpaces(), false, rules.wordBoundaries()).normalize(name);
    }

    /**
     * Where case is folded, a capital of the printed name must be a capital in the text (a small letter matches
     * either): {@code WHO} is not the pronoun, {@code States} not the verb, while "Civil society" at the start of a
     * sentence is still {@code civil society}.
     */
    private boolean capitalsKept(String printed, CharSequence raw, int at) {
        if (!rules.foldCase()) {
            return true;
        }
        for (int j = 0; j < printed.length() && at + j < raw.length(); j++) {
            char p = printed.charAt(j);
            if (Character.isUpperCase(p) && raw.charAt(at + j) != p) {
                return false;
            }
        }
        return true;
    }

    private static boolean atBoundaries(String s, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1)))
                && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)));
    }

    public List<Match> find(String text) {
        return find(text, Set.of(Type.values()));
    }
}
