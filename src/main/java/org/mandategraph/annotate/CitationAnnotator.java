package org.mandategraph.annotate;

import org.mandategraph.lexicon.Gazetteer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mandategraph.document.Footnote;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.SubParagraph;
import org.mandategraph.document.UnDocument;

/**
 * Citations of instruments, provisions, resolutions, decisions and documents (SPEC §5 rules 4–5): finds and parses
 * them per locus with {@link CitationFinder}, resolves short forms in reading order with {@link CitationResolver}.
 * A footnote's citations count for every paragraph or sub-paragraph that carries its marker; header lines are not
 * paragraphs and cite nothing; a document never cites itself.
 */
public final class CitationAnnotator implements Annotator {
    private final CitationFinder finder;
    private final Gazetteer gazetteer;

    public CitationAnnotator(Gazetteer g) {
        this.gazetteer = g;
        this.finder = new CitationFinder(g);
    }

    @Override
    public String name() {
        return "CitationAnnotator";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.STRUCTURE);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.CITATIONS);
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument doc) {
        UnDocument d = doc.document();
        CitationResolver resolver = new CitationResolver(gazetteer, finder, d);
        List<Citation> out = new ArrayList<>();
        for (int i = 0; i < d.paragraphs().size(); i++) {
            Paragraph p = d.paragraphs().get(i);
            Locus l = Locus.paragraph(i);
            cite(doc, resolver, l, p.text(), p.footnoteMarkers(), out);
            for (SubParagraph s : p.subParagraphs()) {
                cite(doc, resolver, Locus.sub(i, s.label()), s.text(), s.footnoteMarkers(), out);
            }
        }
        return doc.withCitations(out);
    }

    private void cite(AnnotatedDocument doc, CitationResolver resolver, Locus l, String text, List<String> markers,
                      List<Citation> out) {
        add(doc, l, text, resolver.resolve(text, finder.tokens(text), false), out);
        for (String n : new HashSet<>(markers).stream().sorted().toList()) {
            Footnote f = doc.document().footnote(n).orElse(null);
            if (f == null) {
                continue;
            }
            add(doc, l.inFootnote(n), f.text(), resolver.resolve(f.text(), finder.tokens(f.text()), true), out);
        }
    }

    private static void add(AnnotatedDocument doc, Locus l, String text, List<CitationResolver.Resolved> rs,
                            List<Citation> out) {
        for (CitationResolver.Resolved r : rs) {
            if (r.target().iri().equals(doc.iri())) {
                continue;
            }
            out.add(new Citation(l, r.target(), r.span(), r.span().of(text)));
        }
    }
}
