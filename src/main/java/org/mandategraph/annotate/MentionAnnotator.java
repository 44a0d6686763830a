package org.mandategraph.annotate;

import org.mandategraph.lexicon.VerbLexicon;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.language.AnaphoraGrammar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.mandategraph.lexicon.Gazetteer.Match;
import org.mandategraph.lexicon.Gazetteer.Type;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.Span;
import org.mandategraph.document.SubParagraph;
import org.mandategraph.vocab.MG;
import org.mandategraph.lexicon.ReferenceData;

/**
 * Agents named in every paragraph and sub-paragraph: bodies, State groups and States from the gazetteer, then
 * short forms ({@code 该办公室}, {@code 执行主任}, {@code 委员会}) resolved in a separate step by {@link Anaphora},
 * the way eyecite finds citations first and resolves "Id." afterwards.
 */
public final class MentionAnnotator implements Annotator {
    static final Set<Type> AGENTS = EnumSet.of(Type.BODY, Type.STATE_GROUP, Type.STATE);
    private static final Set<Type> NAMES = EnumSet.allOf(Type.class);

    private final Gazetteer gazetteer;
    private final Anaphora anaphora;
    /** Longer words that contain a name without denoting it ({@code 发展中国家} is not China): {@code mg:notInside}. */
    private final Map<String, List<String>> notInside = new HashMap<>();

    public MentionAnnotator(Gazetteer g) {
        this(g, ReferenceData.get().union());
    }

    public MentionAnnotator(Gazetteer g, Model reference) {
        this.gazetteer = g;
        this.anaphora = new Anaphora(g, VerbLexicon.of(g.rules()));
        for (Statement s : reference.listStatements(null, MG.notInside, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            if (s.getSubject().isURIResource() && s.getObject().isLiteral()) {
                notInside.computeIfAbsent(s.getSubject().getURI(), k -> new ArrayList<>())
                        .add(g.normalize(s.getLiteral().getLexicalForm()));
            }
        }
    }

    @Override
    public String name() {
        return "MentionAnnotator";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.STRUCTURE, Layer.HEADER);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument doc) {
        List<Anaphora.Found> found = new ArrayList<>();
        List<Paragraph> ps = doc.document().paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            find(doc.language().anaphora(), Locus.paragraph(i), p.text(), p.fullText(), found);
            for (SubParagraph s : p.subParagraphs()) {
                find(doc.language().anaphora(), Locus.sub(i, s.label()), s.text(), p.fullText(), found);
            }
        }
        return doc.withMentions(anaphora.resolve(doc, found));
    }

    /** Step one: names and anaphor candidates in one text, in reading order. */
    private void find(AnaphoraGrammar grammar, Locus locus, String text, String context, List<Anaphora.Found> out) {
        List<Anaphora.Found> here = new ArrayList<>();
        List<Span> taken = new ArrayList<>();
        for (Match m : gazetteer.find(text, NAMES)) {
            if (m.entry().type() == Type.INSTRUMENT) {
                taken.add(m.span()); // 《联合国反腐败公约》 names no agent, not even 联合国
                continue;
            }
            if (blocked(text, m)) {
                continue;
            }
            here.add(Anaphora.Found.named(locus, m.entry(), m.span(), m.surface()));
            taken.add(m.span());
        }
        if (grammar.sharedHead() != null) {
            sharedHead(grammar, locus, text, taken, here);
        }
        here.addAll(anaphora.find(grammar, locus, text, context, taken));
        here.sort(Comparator.comparingInt(f -> f.span().start()));
        out.addAll(here);
    }

    /**
     * Names printed with one head for several modifiers ("the Olympic and Paralympic movements"): each modifier with
     * the head (or its singular) must be a whole name, or none is taken; the last one spans up to the head, the
     * others their modifier, so the list reads as the names it abbreviates.
     */
    private void sharedHead(AnaphoraGrammar grammar, Locus locus, String text, List<Span> taken, List<Anaphora.Found> out) {
        java.util.regex.Matcher m = grammar.sharedHead().matcher(text);
        while (m.find()) {
            int start = m.start("mods");
            int end = m.end("head");
            if (taken.stream().anyMatch(t -> t.start() < end && start < t.end())) {
                continue;
            }
            String head = m.group("head");
            List<Anaphora.Found> names = new ArrayList<>();
            java.util.regex.Matcher j = grammar.modifierJoiner().matcher(text).region(start, m.end("mods"));
            int from = start;
            boolean all = true;
            while (all) {
                boolean more = j.find();
                int to = more ? j.start() : m.end("mods");
                String mod = text.substring(from, to);
                var entry = gazetteer.exact(mod + " " + head, AGENTS)
                        .or(() -> head.endsWith("s") ? gazetteer.exact(mod + " " + head.substring(0, head.length() - 1), AGENTS)
                                : java.util.Optional.empty());
                if (entry.isEmpty()) {
                    all = false;
                    break;
                }
                Span span = new Span(from, more ? to : end);
                names.add(Anaphora.Found.named(locus, entry.get(), span, text.substring(span.start(), span.end())));
                if (!more) {
                    break;
                }
                from = j.end();
            }
            if (all && names.size() >= 2) {
                out.addAll(names);
                taken.add(new Span(start, end));
            }
        }
    }

    private boolean blocked(String text, Match m) {
        for (String w : notInside.getOrDefault(m.entry().iri(), List.of())) {
            for (int from = Math.max(0, m.span().end() - w.length()); from <= m.span().start(); from++) {
                if (text.startsWith(w, from) && from + w.length() >= m.span().end()) {
                    return true;
                }
            }
        }
        return false;
    }
}
