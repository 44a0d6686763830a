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
 * matcher over Chinese text. Spaces in the text are ignored while matching ({@code 1988 年} matches {@code 1988年})
 * but reported spans point into the original text.
 */
public final class Gazetteer {

    /** What a name denotes. */
    public enum Type {
        BODY, STATE_GROUP, STATE, INSTRUMENT,
        /** Agents without a code of their own ({@code 国际社会}, {@code 有关国际组织}): mentioned, never an addressee. */
        COLLECTIVE
    }

    /** One named thing: its code, IRI, type, kind ({@code office}, {@code convention}), labels. */
    public record Entry(String code, String iri, Type type, String kind, String labelZh, String labelEn,
                        List<String> namesZh, String untsVolume, String untsNumber, String parent) {
    }

    /** A name found in text. {@code span} is into the text given to {@link #find}. */
    public record Match(Entry entry, Span span, String surface) {
    }

    private final Map<String, Entry> byCode = new LinkedHashMap<>();
    private final Map<String, Entry> byIri = new HashMap<>();
    private final Map<Character, List<Map.Entry<String, Entry>>> byFirstChar = new HashMap<>();

    public Gazetteer(Model m) {
        addAll(m, MG.Body, Type.BODY);
        addAll(m, MG.StateGroup, Type.STATE_GROUP);
        addAll(m, MG.State, Type.STATE);
        addAll(m, MG.Instrument, Type.INSTRUMENT);
        addAll(m, MG.Agent, Type.COLLECTIVE);
        for (List<Map.Entry<String, Entry>> l : byFirstChar.values()) {
            l.sort(Comparator.comparingInt((Map.Entry<String, Entry> e) -> e.getKey().length()).reversed());
        }
    }

    /** The instance built from the shipped reference data, made on first use (holder idiom: lazy and thread-safe). */
    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = new Gazetteer(ReferenceData.get().union());
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
            String zh = label(r, SKOS.prefLabel, "zh");
            String en = label(r, SKOS.prefLabel, "en");
            List<String> names = new ArrayList<>();
            for (String n : ReferenceData.chineseLabels(r, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                names.add(normalizeName(n));
            }
            names.sort(Comparator.naturalOrder());
            Resource parent = r.getPropertyResourceValue(MG.parentInstrument);
            Entry e = new Entry(code, r.getURI(), t, str(r, MG.kind), zh, en, List.copyOf(names),
                    str(r, MG.untsVolume), str(r, MG.untsNumber), parent == null ? null : parent.getURI());
            byCode.putIfAbsent(code, e);
            byIri.put(e.iri(), e);
            for (String n : names) {
                if (n.length() < 2) {
                    continue;
                }
                byFirstChar.computeIfAbsent(n.charAt(0), k -> new ArrayList<>()).add(Map.entry(n, e));
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

    private static String label(Resource r, org.apache.jena.rdf.model.Property p, String lang) {
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral() && s.getLiteral().getLanguage().startsWith(lang)) {
                return s.getLiteral().getLexicalForm();
            }
        }
        return null;
    }

    /** Names are matched without spaces and without the 《》 of titles; the matcher handles brackets itself. */
    public static String normalizeName(String s) {
        return s.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
    }

    public Optional<Entry> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Optional<Entry> byIri(String iri) {
        return Optional.ofNullable(byIri.get(iri));
    }

    public List<Entry> entries() {
        return List.copyOf(byCode.values());
    }

    /** The entry whose whole name is exactly {@code name} (spaces ignored). */
    public Optional<Entry> exact(String name, Set<Type> types) {
        String n = normalizeName(name);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        List<Map.Entry<String, Entry>> cands = byFirstChar.getOrDefault(n.charAt(0), List.of());
        for (Map.Entry<String, Entry> c : cands) {
            if (c.getKey().equals(n) && types.contains(c.getValue().type())) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    /** Leftmost-longest, non-overlapping matches of the given types. */
    public List<Match> find(String text, Set<Type> types) {
        StringBuilder squeezed = new StringBuilder(text.length());
        int[] orig = new int[text.length() + 1];
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            squeezed.append(c == '（' ? '(' : c == '）' ? ')' : c);
            orig[k++] = i;
        }
        orig[k] = text.length();
        String s = squeezed.toString();
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            Map.Entry<String, Entry> best = null;
            for (Map.Entry<String, Entry> c : byFirstChar.getOrDefault(s.charAt(i), List.of())) {
                if (types.contains(c.getValue().type()) && s.startsWith(c.getKey(), i)) {
                    best = c;
                    break;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int end = i + best.getKey().length();
            int start = orig[i];
            int stop = orig[end - 1] + 1;
            out.add(new Match(best.getValue(), new Span(start, stop), text.substring(start, stop)));
            i = end;
        }
        return out;
    }

    public List<Match> find(String text) {
        return find(text, Set.of(Type.values()));
    }
}
