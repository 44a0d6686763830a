package org.mandategraph.annotate;

import org.mandategraph.lexicon.TopicLexicon;
import org.mandategraph.lexicon.VerbLexicon;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.lexicon.Kinds;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.ParagraphKind;
import org.mandategraph.document.Span;
import org.mandategraph.document.SubParagraph;
import org.mandategraph.language.ClauseGrammar;
import org.mandategraph.language.Language;

/**
 * Mandates by SPEC §5 rule 3: in operative paragraphs only, every directive verb that opens the paragraph or a
 * clause ({@code ，并鼓励…}), with each addressee named right after it ({@code 会员国和其他捐助方} → two). An
 * agent inside the object ({@code 鼓励会员国支持…办公室}) is not an addressee. Topics come from the mandate's own
 * clause; {@code 向…委员会第二十二届会议报告} also records whom to report to and when.
 */
public final class MandateAnnotator implements Annotator {
    private static final String RECOMMEND = "recommend";

    private final Gazetteer gazetteer;
    private final Kinds kinds = Kinds.get();
    private final VerbLexicon verbs;
    private final TopicLexicon topics;

    public MandateAnnotator(Gazetteer g) {
        this(g, VerbLexicon.of(g.rules()), TopicLexicon.of(g.rules()));
    }

    public MandateAnnotator(Gazetteer g, VerbLexicon verbs, TopicLexicon topics) {
        this.gazetteer = g;
        this.verbs = verbs;
        this.topics = topics;
    }

    @Override
    public String name() {
        return "MandateAnnotator";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.MENTIONS, Layer.LEAD_VERBS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.MANDATES);
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument doc) {
        Map<Locus, List<Mention>> byLocus = new LinkedHashMap<>();
        for (Mention m : doc.mentions()) {
            byLocus.computeIfAbsent(m.locus(), k -> new ArrayList<>()).add(m);
        }
        byLocus.values().forEach(l -> l.sort(Comparator.comparingInt(m -> m.span().start())));
        Map<String, Mandate> out = new LinkedHashMap<>();
        List<Paragraph> ps = doc.document().paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            if (p.kind() != ParagraphKind.OPERATIVE) {
                continue;
            }
            StringBuilder tail = new StringBuilder();
            p.subParagraphs().forEach(s -> tail.append(' ').append(s.text()));
            scan(doc.language(), i, Locus.paragraph(i), p.text(), tail.toString(),
                    byLocus.getOrDefault(Locus.paragraph(i), List.of()), out);
            for (SubParagraph s : p.subParagraphs()) {
                Locus l = Locus.sub(i, s.label());
                scan(doc.language(), i, l, s.text(), "", byLocus.getOrDefault(l, List.of()), out);
            }
        }
        return doc.withMandates(List.copyOf(out.values()));
    }

    private record Directive(VerbLexicon.Hit hit, List<Mention> addressees) {
    }

    private void scan(Language language, int paragraph, Locus locus, String text, String tail, List<Mention> mentions, Map<String, Mandate> out) {
        List<Directive> ds = new ArrayList<>();
        ClauseGrammar g = language.clauses();
        List<Integer> starts = clauseStarts(g, text);
        for (int start : starts) {
            directiveAt(g, text, start).ifPresent(h -> {
                List<Mention> a = addressees(g, text, h.span().end(), mentions);
                if (a.isEmpty() && g.objectFirstVerbs().contains(h.verb().code())) {
                    a = recipients(g, text, h.span().end(), mentions);
                }
                if (!a.isEmpty()) {
                    ds.add(new Directive(h, a));
                }
            });
        }
        for (int k = 0; k < ds.size(); k++) {
            Directive d = ds.get(k);
            int from = d.hit().span().start();
            int to = k + 1 < ds.size() ? ds.get(k + 1).hit().span().start() : text.length();
            String clause = text.substring(from, to) + (to == text.length() ? tail : "");
            Report report = report(language, g, text, from, to, mentions);
            Set<String> ts = new LinkedHashSet<>(topics.topicsIn(clause));
            if (report != null) {
                ts.add("report");
            }
            for (Mention a : d.addressees()) {
                String key = paragraph + " " + d.hit().verb().code() + " " + a.agentIri();
                Mandate m = new Mandate(locus, d.hit().verb().code(), a.agentIri(), List.copyOf(ts), d.hit().span(),
                        a.span(), new Span(from, to), report == null ? null : report.to(),
                        report == null ? null : report.session());
                out.merge(key, m, MandateAnnotator::merge);
            }
        }
    }

    private static Mandate merge(Mandate a, Mandate b) {
        Set<String> ts = new LinkedHashSet<>(a.topics());
        ts.addAll(b.topics());
        return new Mandate(a.locus(), a.verbCode(), a.addresseeIri(), List.copyOf(ts), a.verbSpan(), a.addresseeSpan(),
                a.clauseSpan(), a.reportToIri() != null ? a.reportToIri() : b.reportToIri(),
                a.dueSession() != null ? a.dueSession() : b.dueSession());
    }

    /**
     * The start of the text, every position right after a clause break (spaces skipped), and every conjunction that
     * opens a directive without a break before it ({@code 加强合作并请该办公室…}).
     */
    private List<Integer> clauseStarts(ClauseGrammar g, String text) {
        List<Integer> out = new ArrayList<>();
        out.add(skipSpaces(text, 0));
        String and = g.conjunction();
        for (int i = 0; i < text.length(); i++) {
            if (g.breaksClause(text.charAt(i))) {
                out.add(skipSpaces(text, i + 1));
            } else if (and != null && text.startsWith(and, i) && i > 0 && !g.breaksClause(text.charAt(i - 1))
                    && verbs.at(text, i + and.length())
                            .filter(h -> h.verb().directive() && !RECOMMEND.equals(h.verb().code())).isPresent()) {
                // a recommendation after the conjunction usually belongs to the object ("…并提出建议"), so only
                // clause breaks open one
                out.add(i);
            }
        }
        return out;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A directive verb form at {@code pos}, optionally after a connective ({@code 同时请}). */
    private Optional<VerbLexicon.Hit> directiveAt(ClauseGrammar g, String text, int pos) {
        Optional<VerbLexicon.Hit> h = verbs.at(text, pos);
        // up to two connectives before the verb: 并在这方面鼓励, 同时还请
        for (int depth = 0; depth < 2 && h.isEmpty(); depth++) {
            int from = pos;
            for (String c : g.connectives()) {
                if (text.startsWith(c, from)) {
                    pos = skipSpaces(text, from + c.length());
                    h = verbs.at(text, pos);
                    break;
                }
            }
            if (pos == from) {
                break;
            }
        }
        return h.filter(x -> x.verb().directive());
    }

    /**
     * The agents named right after a verb: the first one (after a determiner or a modifier ending in 的) and those
     * listed with it. Agents of a kind that is never addressed ({@code 联合国系统各组织}: the UN system as a whole) keep
     * the list going but are not addressees.
     */
    private List<Mention> addressees(ClauseGrammar g, String text, int pos, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        // the first agent a modifier leads to: 尚未成为…缔约国的会员国 names 缔约国 inside the modifier of 会员国
        Mention first = mentions.stream().filter(m -> m.span().start() >= pos)
                .filter(m -> g.modifier().test(gazetteer.normalize(text.substring(pos, m.span().start()))))
                .findFirst().orElse(null);
        if (first == null) {
            return out;
        }
        Mention next = head(text, first, mentions);
        while (next != null) {
            if (!neverAddressed(next)) {
                out.add(next);
            }
            int after = next.span().end();
            if (g.agentComplement() != null) {
                Matcher c = g.agentComplement().matcher(text).region(after, text.length());
                if (c.lookingAt()) {
                    after = c.end();
                }
            }
            int j = skipSpaces(text, after);
            String joiner = g.listJoiners().stream().filter(w -> text.startsWith(w, j)).findFirst().orElse(null);
            if (joiner == null) {
                break;
            }
            next = startingAt(g, mentions, text, skipSpaces(text, j + joiner.length()));
            next = next == null ? null : head(text, next, mentions);
        }
        return out;
    }

    /**
     * The addressees of a directive that names its object first ("Recommends the guidelines … to all Member States
     * for implementation"): those after the recipient marker, within the verb's clause.
     */
    private List<Mention> recipients(ClauseGrammar g, String text, int pos, List<Mention> mentions) {
        int end = pos;
        while (end < text.length() && !g.breaksClause(text.charAt(end))) {
            end++;
        }
        String marker = g.recipientMarker();
        for (int at = text.indexOf(" " + marker + " ", pos); at >= 0 && at < end;
             at = text.indexOf(" " + marker + " ", at + 1)) {
            List<Mention> a = addressees(g, text, at + marker.length() + 2, mentions);
            int stop = end;
            a.removeIf(m -> m.span().start() >= stop);
            if (!a.isEmpty() && a.get(0).span().start() < end) {
                return a;
            }
        }
        return List.of();
    }

    /**
     * Whether the agent's kind is one that mandates name without addressing ({@code mg:addressable false} in
     * kinds.ttl: the UN system as a whole). Collectives such as {@code 国际社会} or civil society are addressees.
     */
    private boolean neverAddressed(Mention m) {
        return gazetteer.byIri(m.agentIri())
                .map(e -> !kinds.addressable(e.kind())).orElse(false);
    }

    /** {@code 该办公室独立评估股}: of two agents named back to back, the second (the head noun) is the one meant. */
    private static Mention head(String text, Mention m, List<Mention> mentions) {
        Mention cur = m;
        for (Mention n : mentions) {
            if (n.span().start() >= cur.span().end() && skipSpaces(text, cur.span().end()) == n.span().start()
                    && n.span().start() > cur.span().start()) {
                cur = n;
            }
        }
        return cur;
    }

    private Mention startingAt(ClauseGrammar g, List<Mention> mentions, String text, int k) {
        for (Mention m : mentions) {
            if (m.span().start() < k) {
                continue;
            }
            String gap = gazetteer.normalize(text.substring(k, m.span().start()));
            return gap.isEmpty() || g.determiner().test(gap) ? m : null;
        }
        return null;
    }

    private record Report(String to, Integer session) {
    }

    /** {@code 向<body>[第N届会议]…报告}: the report marker, a body, its session, the report word, inside [from, to). */
    private Report report(Language language, ClauseGrammar g, String text, int from, int to, List<Mention> mentions) {
        if (g.reportMarker() == null) {
            return null;
        }
        int at = text.indexOf(g.reportMarker(), from);
        while (at >= 0 && at < to) {
            int k = skipSpaces(text, at + g.reportMarker().length());
            // the body may follow its article ("report to the General Assembly")
            Mention body = mentions.stream().filter(m -> m.span().start() >= k).findFirst()
                    .filter(m -> {
                        String gap = gazetteer.normalize(text.substring(k, m.span().start()));
                        return gap.isEmpty() || g.determiner().test(gap);
                    }).orElse(null);
            if (body != null && gazetteer.byIri(body.agentIri()).map(e -> e.type() == Gazetteer.Type.BODY).orElse(false)) {
                int e = body.span().end();
                Integer session = null;
                Matcher sm = g.session().matcher(text.substring(e, to));
                if (sm.find()) {
                    int n = language.number(sm.group(1));
                    session = n > 0 ? n : null;
                    e += sm.end();
                }
                int stop = e;
                while (stop < to && !g.breaksClause(text.charAt(stop))) {
                    stop++;
                }
                if (text.substring(e, stop).contains(g.reportWord())) {
                    return new Report(body.agentIri(), session);
                }
            }
            at = text.indexOf(g.reportMarker(), at + 1);
        }
        return null;
    }
}
