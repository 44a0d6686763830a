package org.mandategraph.annotate;

import org.mandategraph.language.ReferenceGrammar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandategraph.document.DocumentType;
import org.mandategraph.document.Footnote;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.UnDocument;
import org.mandategraph.vocab.Iris;

/**
 * Reports answering resolutions (SPEC §5 rule 8, {@code mg:respondsTo}), read two ways: a report that says so of
 * itself ({@code 依照联大第 66/177 号决议，本报告…}, in its summary or paragraphs), and a document that calls a report
 * prepared pursuant to a resolution and gives its symbol inline or in a footnote
 * ({@code 秘书长依照大会第 66/181 号决议编写的报告；⁹} + {@code ⁹ A/67/156。}).
 */
public final class ResponseAnnotator implements Annotator {

    public ResponseAnnotator() {
    }

    @Override
    public String name() {
        return "ResponseAnnotator";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.HEADER, Layer.CITATIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.RESPONDS);
    }

    /** Reads the citation layer: the references resolved in the header summary and in each paragraph's own text. */
    @Override
    public AnnotatedDocument annotate(AnnotatedDocument doc) {
        UnDocument d = doc.document();
        ReferenceGrammar g = doc.language().references();
        Map<Locus, List<Citation>> byLocus = new HashMap<>();
        for (Citation c : doc.citations()) {
            byLocus.computeIfAbsent(c.locus(), k -> new ArrayList<>()).add(c);
        }
        Map<String, Response> out = new LinkedHashMap<>();
        if (d.header().type() == DocumentType.REPORT) {
            selfDeclared(doc, g, Locus.HEADER, doc.textOf(Locus.HEADER), byLocus.getOrDefault(Locus.HEADER, List.of()), out);
        }
        for (int i = 0; i < d.paragraphs().size(); i++) {
            Paragraph p = d.paragraphs().get(i);
            String text = p.text();
            List<Citation> rs = byLocus.getOrDefault(Locus.paragraph(i), List.of());
            if (d.header().type() == DocumentType.REPORT) {
                selfDeclared(doc, g, Locus.paragraph(i), text, rs, out);
            }
            preparedPursuant(doc, g, i, p, text, rs, out);
        }
        return doc.withResponses(List.copyOf(out.values()));
    }

    /** {@code 依照…第 X 号决议，本报告…} or {@code 本报告系依照…第 X 号决议提交}: the sentence names this report. */
    private static void selfDeclared(AnnotatedDocument doc, ReferenceGrammar g, Locus l, String text,
                                     List<Citation> rs, Map<String, Response> out) {
        if (text == null || text.isBlank()) {
            return;
        }
        Matcher s = g.sentence().matcher(text);
        while (s.find()) {
            if (!g.thisReport().matcher(s.group()).find()) {
                continue;
            }
            for (Citation r : rs) {
                if (!isResolution(r) || r.span().start() < s.start() || r.span().end() > s.end()) {
                    continue;
                }
                String lead = text.substring(s.start(), r.span().start());
                // room for a list: 依照大会第 68/186 号决议和经济及社会理事会第 2014/20 号决议; and 本报告 must be what
                // the clause is about: before it (本报告依照…) or right after the resolution (…号决议，本报告…)
                String after = text.substring(r.span().end(), Math.min(s.end(), r.span().end() + 16));
                boolean aboutThisReport = g.thisReportPursuant().matcher(lead).find()
                        || g.thisReportAfter().matcher(after).matches();
                if (aboutThisReport && pursuantBefore(g, 60, true).matcher(lead).find()) {
                    put(out, new Response(doc.iri(), r.target().iri(), l, s.group().strip()));
                }
            }
        }
    }

    /** {@code 依照大会第 66/181 号决议编写的报告(A/67/156)} or with the symbol in a footnote of the paragraph. */
    private static void preparedPursuant(AnnotatedDocument doc, ReferenceGrammar g, int index, Paragraph p,
                                         String text, List<Citation> rs, Map<String, Response> out) {
        for (Citation r : rs) {
            if (!isResolution(r)) {
                continue;
            }
            String lead = text.substring(Math.max(0, r.span().start() - 20), r.span().start());
            if (!pursuantBefore(g, 14, false).matcher(lead).find()) {
                continue;
            }
            Matcher rep = g.preparedReport().matcher(text.substring(r.span().end()));
            if (!rep.find()) {
                continue;
            }
            int after = r.span().end() + rep.end();
            List<String> symbols = new ArrayList<>();
            for (Citation c : rs) {
                if (c.target().kind() == CitedResource.Kind.DOCUMENT && c.span().start() >= after
                        && g.beforeSymbol().matcher(text.substring(after, c.span().start())).matches()) {
                    symbols.add(c.target().iri());
                }
            }
            if (symbols.isEmpty()) {
                // the report's symbol is in the first footnote that gives only a symbol; a later one (…以及执行主任
                //提交的报告，¹⁴) belongs to another report named after it
                for (String n : p.footnoteMarkers()) {
                    Footnote f = doc.document().footnote(n).orElse(null);
                    if (f != null && g.symbolFootnote().matcher(f.text().strip()).matches()) {
                        for (String sym : org.mandategraph.lexicon.Symbols.findAll(f.text())) {
                            symbols.add(Iris.doc(sym));
                        }
                        break;
                    }
                }
            }
            for (String sym : symbols) {
                if (!sym.equals(doc.iri())) {
                    put(out, new Response(sym, r.target().iri(), Locus.paragraph(index),
                            text.substring(Math.max(0, r.span().start() - 10), after).strip()));
                }
            }
        }
    }

    /**
     * "Pursuant to" ending at most {@code room} characters before a reference, with no clause break between
     * ({@code sentenceOnly}: only sentence and semicolon breaks count, so a list of resolutions may intervene).
     */
    private static Pattern pursuantBefore(ReferenceGrammar g, int room, boolean sentenceOnly) {
        String breaks = sentenceOnly ? g.sentenceBreaks() : g.clauseBreaks();
        String key = g.pursuantLoose() + "\u0000" + breaks + "\u0000" + room;
        return PURSUANT_BEFORE.computeIfAbsent(key, k -> Pattern.compile(g.pursuantLoose()
                + "[^" + breaks + "]{0," + room + "}$"));
    }

    private static final Map<String, Pattern> PURSUANT_BEFORE = new java.util.concurrent.ConcurrentHashMap<>();

    private static boolean isResolution(Citation r) {
        return r.target().kind() == CitedResource.Kind.RESOLUTION;
    }

    private static void put(Map<String, Response> out, Response r) {
        out.putIfAbsent(r.reportIri() + " " + r.resolutionIri(), r);
    }
}
