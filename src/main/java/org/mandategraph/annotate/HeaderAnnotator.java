package org.mandategraph.annotate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mandategraph.document.DocumentType;
import org.mandategraph.document.Header;
import org.mandategraph.document.PrintedHeader;
import org.mandategraph.language.DocumentGrammar;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.lexicon.ResolutionSeries;
import org.mandategraph.vocab.Iris;

/**
 * The pipeline's first annotator: maps the names of the header as printed ({@link PrintedHeader}) to gazetteer
 * codes and derives what the page implies — the organ, the adopting, authoring and recommending bodies, a
 * resolution's symbol from its body's series — and so the document's IRI ({@link Iris#document}).
 */
public final class HeaderAnnotator implements Annotator {
    private static final Set<Gazetteer.Type> BODY = Set.of(Gazetteer.Type.BODY);

    private final Gazetteer gazetteer;

    public HeaderAnnotator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "HeaderAnnotator";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.STRUCTURE);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.HEADER);
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument doc) {
        Header h = resolve(doc.document().printed(), doc.language().documentGrammar(), doc.document().source().text());
        return doc.withHeader(h, Iris.document(h, doc.document().source().fileName()));
    }

    /**
     * The header {@code p} describes, its names mapped to codes with the grammar {@code g} of the document's language.
     *
     * @param fullText the document's text, where a bare post title's office is looked for
     */
    public Header resolve(PrintedHeader p, DocumentGrammar g, String fullText) {
        DocumentType type = p.type();
        String adoptingBody = p.bodyName() == null ? null : gazetteer.exact(p.bodyName(), BODY).map(Gazetteer.Entry::code)
                .or(() -> gazetteer.find(p.bodyName(), BODY).stream().reduce((a, b) -> b).map(m -> m.entry().code()))
                .orElse(null);
        String organName = organName(p.names());
        if (type == DocumentType.REPORT && organName == null) {
            organName = p.firstLine();
        }
        String organ = organName == null ? null : resolveBody(organName, g);
        String author = p.authorName() == null ? null : resolveBody(p.authorName(), g);
        if (author == null && p.authorName() != null) {
            author = resolvePost(p.authorName(), fullText);
        }
        if (organ == null) {
            organ = adoptingBody;
        }
        String sym = p.symbol();
        if (sym == null && p.number() != null && type != DocumentType.REPORT) {
            String body = adoptingBody != null ? adoptingBody : organ;
            String prefix = body == null ? null : ResolutionSeries.prefix(body);
            sym = prefix == null ? null : prefix + p.number();
        }
        LocalDate date = p.adopted() != null ? p.adopted() : p.closingDate();
        String recommending = p.recommendingName() == null ? null : resolveBody(p.recommendingName(), g);
        return new Header(type, organ, adoptingBody, author, p.number(), sym, p.title(), p.session(), p.agendaItem(),
                p.committeeReport(), p.distributed(), date, p.meeting(), p.summary(), recommending);
    }

    /**
     * The organ line names an organ or treaty body, not the Organization itself (联合国 above it); when a
     * commission is printed under its parent council, the one just above the session line is the organ.
     */
    private String organName(List<PrintedHeader.NameLine> names) {
        String organ = null;
        for (PrintedHeader.NameLine n : names) {
            if ((organ == null || !n.afterSession()) && gazetteer.exact(n.name(), BODY)
                    .filter(e -> !"organization".equals(e.kind())).isPresent()) {
                organ = n.name();
            }
        }
        return organ;
    }

    /**
     * A bare post title ({@code 执行主任}) names the head of the office the document is about: among the posts
     * whose name ends with the title, the one whose office name occurs most often in the text.
     */
    private String resolvePost(String title, String text) {
        String squeezed = text == null ? "" : text.replaceAll("\\s+", "");
        String best = null;
        int bestCount = 0;
        for (Gazetteer.Entry e : gazetteer.entries()) {
            if (e.type() != Gazetteer.Type.BODY) {
                continue;
            }
            for (String n : e.names()) {
                if (!n.endsWith(title) || n.length() == title.length()) {
                    continue;
                }
                String office = n.substring(0, n.length() - title.length());
                int count = 0;
                for (int i = squeezed.indexOf(office); i >= 0; i = squeezed.indexOf(office, i + office.length())) {
                    count++;
                }
                if (count > bestCount) {
                    bestCount = count;
                    best = e.code();
                }
            }
        }
        return best;
    }

    private String resolveBody(String name, DocumentGrammar g) {
        String n = g.withoutKindOrReport(name);
        Optional<Gazetteer.Entry> e = gazetteer.exact(n, BODY);
        if (e.isPresent()) {
            return e.get().code();
        }
        List<Gazetteer.Match> ms = gazetteer.find(n, BODY);
        return ms.isEmpty() ? null : ms.get(ms.size() - 1).entry().code();
    }
}
