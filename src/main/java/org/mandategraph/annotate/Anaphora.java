package org.mandategraph.annotate;

import org.mandategraph.lexicon.VerbLexicon;
import org.mandategraph.lexicon.Gazetteer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mandategraph.lexicon.AnaphorRules;
import org.mandategraph.lexicon.AnaphorRules.Rule;
import org.mandategraph.lexicon.Gazetteer.Entry;
import org.mandategraph.language.AnaphoraGrammar;
import org.mandategraph.document.Span;

/**
 * Short forms that point back at an agent named earlier ({@code 该办公室} → the office last named), found in one
 * step and resolved in another, in reading order over the whole document. Which kinds a short form may denote
 * comes from the gazetteer's {@code mg:kind}; the post of an office ({@code 执行主任}) is the entry named
 * office name + post title.
 */
final class Anaphora {

    /** A name or a short form found in a text; {@code entry} is set for names, {@code rule} for short forms. */
    record Found(Locus locus, Span span, String surface, Entry entry, Rule rule, String context) {
        static Found named(Locus l, Entry e, Span s, String surface) {
            return new Found(l, s, surface, e, null, null);
        }
    }


    private final Gazetteer gazetteer;
    private final VerbLexicon verbs;
    private final List<Map.Entry<String, Rule>> surfaces = new ArrayList<>();

    Anaphora(Gazetteer gazetteer, VerbLexicon verbs) {
        this.gazetteer = gazetteer;
        this.verbs = verbs;
        for (Rule r : AnaphorRules.of(gazetteer.rules().language()).rules()) {
            for (String s : r.surfaces()) {
                surfaces.add(Map.entry(s, r));
            }
        }
        surfaces.sort(Comparator.comparingInt((Map.Entry<String, Rule> e) -> e.getKey().length()).reversed());
    }

    /** Step one: short forms in {@code text} outside the spans already taken by names. */
    List<Found> find(AnaphoraGrammar grammar, Locus locus, String text, String context, List<Span> taken) {
        List<Span> used = new ArrayList<>(taken);
        List<Found> out = new ArrayList<>();
        for (Map.Entry<String, Rule> s : surfaces) {
            int from = 0;
            int at;
            while ((at = text.indexOf(s.getKey(), from)) >= 0) {
                Span span = new Span(at, at + s.getKey().length());
                from = at + 1;
                if (overlaps(span, used)) {
                    continue;
                }
                if (s.getValue().bare() && !startsPhrase(grammar, text, at, used)) {
                    continue;
                }
                used.add(span);
                out.add(new Found(locus, span, s.getKey(), null, s.getValue(), context));
            }
        }
        return out;
    }

    private static boolean overlaps(Span s, List<Span> spans) {
        return spans.stream().anyMatch(t -> s.start() < t.end() && t.start() < s.end());
    }

    private boolean startsPhrase(AnaphoraGrammar grammar, String text, int at, List<Span> used) {
        int k = at - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        char c = text.charAt(k);
        if (!grammar.wordChar().test(c) || grammar.phraseBreak().indexOf(c) >= 0) {
            return true;
        }
        int end = k + 1;
        if (used.stream().anyMatch(s -> s.end() == end)) {
            return true; // right after another name: 该办公室执行主任
        }
        return verbs.formEndsAt(text, end);
    }

    /** Step two: names as they are, short forms resolved to the agent in context; unresolvable ones are dropped. */
    List<Mention> resolve(AnnotatedDocument doc, List<Found> found) {
        AnaphoraGrammar grammar = doc.language().anaphora();
        Map<String, Entry> lastOfKind = new java.util.LinkedHashMap<>();
        List<Entry> recent = new ArrayList<>(); // every agent named so far, in reading order
        List<Mention> out = new ArrayList<>();
        Found previous = null;
        Entry previousEntry = null;
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            Entry e;
            if (f.entry() != null) {
                e = f.entry();
            } else {
                e = switch (f.rule().strategy()) {
                    case POST -> post(grammar, f, previous, previousEntry, recent);
                    case COMMISSION -> commission(grammar, doc, found, i, recent);
                    case GROUP -> last(f.rule().kinds(), lastOfKind).or(() -> described(grammar, f)).orElse(null);
                    case NAMED -> named(grammar, f, recent).or(() -> last(f.rule().kinds(), lastOfKind)).orElse(null);
                };
            }
            previous = f;
            previousEntry = e;
            if (e == null) {
                continue;
            }
            if (e.kind() != null) {
                lastOfKind.remove(e.kind());
                lastOfKind.put(e.kind(), e); // insertion order = recency
            }
            recent.add(e);
            out.add(new Mention(f.locus(), e.iri(), f.span(), f.surface(), f.entry() == null));
        }
        return out;
    }

    private static Optional<Entry> last(Set<String> kinds, Map<String, Entry> lastOfKind) {
        Entry best = null;
        for (Map.Entry<String, Entry> e : lastOfKind.entrySet()) {
            if (kinds.contains(e.getKey())) {
                best = e.getValue(); // the most recently named of the kinds wins
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * {@code 该办公室}, {@code 该工作队}: the agent last named whose own name has that head noun (a 执行局 is no
     * 办公室 even if both are offices), else the last of the rule's kinds.
     */
    private static Optional<Entry> named(AnaphoraGrammar grammar, Found f, List<Entry> recent) {
        String h = grammar.head(f.surface());
        return lastNamed(f, recent, e -> e.names().stream().anyMatch(n -> n.endsWith(h)));
    }

    /** The agent last named (or resolved) of the short form's kinds that {@code fits}. */
    private static Optional<Entry> lastNamed(Found f, List<Entry> recent, java.util.function.Predicate<Entry> fits) {
        for (int k = recent.size() - 1; k >= 0; k--) {
            Entry e = recent.get(k);
            if (e.kind() != null && f.rule().kinds().contains(e.kind()) && fits.test(e)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** {@code 执行主任}: the post of the office just named, else of the office last named that has such a post. */
    private Entry post(AnaphoraGrammar grammar, Found f, Found previous, Entry previousEntry, List<Entry> recent) {
        String title = grammar.head(f.surface());
        if (previous != null && previousEntry != null && previous.locus().equals(f.locus())
                && previous.span().end() == f.span().start()) {
            Entry p = postOf(grammar, previousEntry, title);
            if (p != null) {
                return p;
            }
        }
        for (int k = recent.size() - 1; k >= 0; k--) {
            Entry p = "office".equals(recent.get(k).kind()) ? postOf(grammar, recent.get(k), title) : null;
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The post named by the office's name and the title, composed as the language composes a post's name. */
    private Entry postOf(AnaphoraGrammar grammar, Entry office, String title) {
        // the printed labels first: where case is folded for matching, a capital must still be printed as one
        List<String> names = new ArrayList<>(office.labels().values());
        names.addAll(office.names());
        for (String n : names) {
            for (String form : grammar.postNames()) {
                Optional<Entry> p = gazetteer.exact(String.format(form, n, title), Set.of(Gazetteer.Type.BODY));
                if (p.isPresent()) {
                    return p.get();
                }
            }
        }
        return null;
    }

    /**
     * {@code 委员会}: the adopting body if it is a commission, else the commission on whose recommendation the
     * document was adopted ({@code [根据预防犯罪和刑事司法委员会的建议…通过]}), else the last named of the commissions
     * and of the agents of the rule's other kinds whose name ends with the short form's head noun ("the Commission"
     * after "the Peacebuilding Commission", a subsidiary organ), else the next one named, else the commission whose
     * name shares most with the document's title.
     */
    private Entry commission(AnaphoraGrammar grammar, AnnotatedDocument doc, List<Found> found, int i,
                             List<Entry> recent) {
        var header = doc.document().header();
        for (String code : java.util.Arrays.asList(header.adoptingBodyCode(), header.recommendingBodyCode())) {
            Optional<Entry> a = code == null ? Optional.empty()
                    : gazetteer.byCode(code).filter(e -> "commission".equals(e.kind()));
            if (a.isPresent()) {
                return a.get();
            }
        }
        String head = grammar.head(found.get(i).surface()).toLowerCase(java.util.Locale.ROOT);
        Optional<Entry> last = lastNamed(found.get(i), recent, e -> "commission".equals(e.kind())
                || e.names().stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(head)));
        if (last.isPresent()) {
            return last.get();
        }
        for (int j = i + 1; j < found.size(); j++) {
            Entry e = found.get(j).entry();
            if (e != null && "commission".equals(e.kind())) {
                return e;
            }
        }
        String title = doc.document().header().title();
        if (title == null || title.isBlank()) {
            return null;
        }
        Set<String> titleBigrams = bigrams(title);
        Entry best = null;
        int bestScore = 0;
        for (Entry e : gazetteer.entries()) {
            if (!"commission".equals(e.kind()) || e.label() == null) {
                continue;
            }
            Set<String> b = bigrams(e.label().replace(grammar.commissionHead(), ""));
            b.retainAll(titleBigrams);
            if (b.size() > bestScore) {
                best = e;
                bestScore = b.size();
            }
        }
        return best;
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    /** A group referred to generically ({@code 不限成员名额政府间专家组…网络犯罪问题}) whose distinguishing words are nearby. */
    private Optional<Entry> described(AnaphoraGrammar grammar, Found f) {
        if (f.context() == null) {
            return Optional.empty();
        }
        String ctx = gazetteer.normalize(f.context());
        for (Entry e : gazetteer.entries()) {
            if (e.kind() == null || !f.rule().kinds().contains(e.kind())) {
                continue;
            }
            for (String n : e.names()) {
                String d = distinguishing(grammar, n);
                if (d.length() >= 2 && ctx.contains(d)) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    private static String distinguishing(AnaphoraGrammar grammar, String name) {
        int cut = name.length();
        for (String h : grammar.genericHeads()) {
            int k = name.indexOf(h);
            if (k >= 0) {
                cut = Math.min(cut, k);
            }
        }
        String d = name.substring(0, cut);
        String topic = grammar.topicSuffix();
        return topic != null && d.endsWith(topic) ? d.substring(0, d.length() - topic.length()) : d;
    }
}
