package org.mandategraph.annotate;

import org.mandategraph.lexicon.Gazetteer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mandategraph.document.DocumentType;
import org.mandategraph.language.CitationFinder;
import org.mandategraph.language.CitationToken;
import org.mandategraph.language.Language;
import java.util.List;
import java.util.Set;
import org.mandategraph.document.Footnote;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.SubParagraph;
import org.mandategraph.document.UnDocument;

/**
 * Citations of instruments, provisions, resolutions, decisions and documents (SPEC §5 rules 4–5): finds and parses
 * them per locus with the document language's {@link CitationFinder}, resolves short forms in reading order with
 * {@link CitationResolver}. A footnote's citations count for every paragraph or sub-paragraph that carries its
 * marker. The layer keeps every resolved reference, the header summary's and the document's own included, so that
 * later annotators need not resolve again; {@link AnnotatedDocument#outwardCitations()} is what the document cites.
 */
public final class CitationAnnotator implements Annotator {
    private final Gazetteer gazetteer;
    private final Map<Language, CitationFinder> finders = new ConcurrentHashMap<>();

    public CitationAnnotator(Gazetteer g) {
        this.gazetteer = g;
    }

    @Override
    public String name() {
        return "CitationAnnotator";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.STRUCTURE, Layer.HEADER);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.CITATIONS);
    }

    /**
     * Resolves every locus once, in reading order: a report's header summary first (what it answers is often said
     * there), then each paragraph, its footnotes, its sub-paragraphs and theirs. Each text is tokenized once.
     */
    @Override
    public AnnotatedDocument annotate(AnnotatedDocument doc) {
        UnDocument d = doc.document();
        CitationFinder base = finders.computeIfAbsent(doc.language(), l -> l.citationFinder(gazetteer));
        Map<String, List<CitationToken>> seen = new HashMap<>();
        CitationFinder finder = new CitationFinder() {
            @Override
            public List<CitationToken> tokens(String text) {
                return seen.computeIfAbsent(text, base::tokens);
            }

            @Override
            public List<CitationToken> names(String text) {
                List<CitationToken> known = seen.get(text);
                return known != null ? CitationFinder.super.names(text) : base.names(text);
            }
        };
        CitationResolver resolver = new CitationResolver(gazetteer, finder, d, doc.language().references());
        List<Citation> out = new ArrayList<>();
        String summary = doc.textOf(Locus.HEADER);
        if (d.header().type() == DocumentType.REPORT && !summary.isBlank()) {
            add(Locus.HEADER, summary, resolver.resolve(summary, finder.tokens(summary), false), out);
        }
        for (int i = 0; i < d.paragraphs().size(); i++) {
            Paragraph p = d.paragraphs().get(i);
            Locus l = Locus.paragraph(i);
            cite(doc, resolver, finder, l, p.text(), p.footnoteMarkers(), out);
            for (SubParagraph s : p.subParagraphs()) {
                cite(doc, resolver, finder, Locus.sub(i, s.label()), s.text(), s.footnoteMarkers(), out);
            }
        }
        return doc.withCitations(out);
    }

    private static void cite(AnnotatedDocument doc, CitationResolver resolver, CitationFinder finder, Locus l,
                             String text, List<String> markers, List<Citation> out) {
        add(l, text, resolver.resolve(text, finder.tokens(text), false), out);
        for (String n : new HashSet<>(markers).stream().sorted().toList()) {
            Footnote f = doc.document().footnote(n).orElse(null);
            if (f == null) {
                continue;
            }
            add(l.inFootnote(n), f.text(), resolver.resolve(f.text(), finder.tokens(f.text()), true), out);
        }
    }

    private static void add(Locus l, String text, List<CitationResolver.Resolved> rs, List<Citation> out) {
        for (CitationResolver.Resolved r : rs) {
            out.add(new Citation(l, r.target(), r.span(), r.span().of(text)));
        }
    }
}
