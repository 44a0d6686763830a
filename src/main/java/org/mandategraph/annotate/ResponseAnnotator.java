package org.mandategraph.annotate;

import org.mandategraph.lexicon.Gazetteer;
import java.util.ArrayList;
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
    /** Words that say "pursuant to"; the resolution must follow within the same clause. */
    private static final String PURSUANT = "(?:依照|根据|按照|遵照|依据|依|应)";
    private static final Pattern SENTENCE = Pattern.compile("[^。]+。?");
    private static final Pattern THIS_REPORT = Pattern.compile("本报告");
    /** {@code 本报告依照…}, {@code 本报告是根据…}: this report named as what was done under the resolution. */
    private static final Pattern THIS_REPORT_PURSUANT = Pattern.compile("本报告[^。；，,]{0,6}?(?:依照|根据|按照|遵照|依据)");
    /** Text between a resolution reference and the report it produced: {@code 编写的报告}, {@code 提交的报告}. */
    /** {@code …号决议编写的[关于…的]报告}: room for the report's subject between 编写的 and 报告. */
    private static final Pattern PREPARED_REPORT = Pattern.compile("^\\s*(?:决议|决定)?[^。；，,]{0,60}?的报告");

    private final CitationFinder finder;
    private final Gazetteer gazetteer;

    public ResponseAnnotator(Gazetteer g) {
        this.gazetteer = g;
        this.finder = new CitationFinder(g);
    }

    @Override
    public String name() {
        return "ResponseAnnotator";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.CITATIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.RESPONDS);
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument doc) {
        UnDocument d = doc.document();
        CitationResolver resolver = new CitationResolver(gazetteer, finder, d);
        Map<String, Response> out = new LinkedHashMap<>();
        if (d.header().type() == DocumentType.REPORT) {
            selfDeclared(doc, resolver, Locus.HEADER, doc.textOf(Locus.HEADER), out);
        }
        for (int i = 0; i < d.paragraphs().size(); i++) {
            Paragraph p = d.paragraphs().get(i);
            String text = p.text();
            List<CitationResolver.Resolved> rs = resolver.resolve(text, finder.tokens(text), false);
            if (d.header().type() == DocumentType.REPORT) {
                selfDeclared(doc, Locus.paragraph(i), text, rs, out);
            }
            preparedPursuant(doc, i, p, text, rs, out);
        }
        return doc.withResponses(List.copyOf(out.values()));
    }

    private void selfDeclared(AnnotatedDocument doc, CitationResolver resolver, Locus l, String text,
                              Map<String, Response> out) {
        if (text == null || text.isBlank()) {
            return;
        }
        selfDeclared(doc, l, text, resolver.resolve(text, finder.tokens(text), false), out);
    }

    /** {@code 依照…第 X 号决议，本报告…} or {@code 本报告系依照…第 X 号决议提交}: the sentence names this report. */
    private static void selfDeclared(AnnotatedDocument doc, Locus l, String text, List<CitationResolver.Resolved> rs,
                                     Map<String, Response> out) {
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            if (!THIS_REPORT.matcher(s.group()).find()) {
                continue;
            }
            for (CitationResolver.Resolved r : rs) {
                if (!isResolution(r) || r.span().start() < s.start() || r.span().end() > s.end()) {
                    continue;
                }
                String lead = text.substring(s.start(), r.span().start());
                // room for a list: 依照大会第 68/186 号决议和经济及社会理事会第 2014/20 号决议; and 本报告 must be what
                // the clause is about: before it (本报告依照…) or right after the resolution (…号决议，本报告…)
                String after = text.substring(r.span().end(), Math.min(s.end(), r.span().end() + 16));
                boolean aboutThisReport = THIS_REPORT_PURSUANT.matcher(lead).find()
                        || after.matches("^\\s*[，,]?\\s*本报告[\\s\\S]*");
                if (aboutThisReport && Pattern.compile(PURSUANT + "[^。；]{0,60}$").matcher(lead).find()) {
                    put(out, new Response(doc.iri(), r.target().iri(), l, s.group().strip(), null));
                }
            }
        }
    }

    /** {@code 依照大会第 66/181 号决议编写的报告(A/67/156)} or with the symbol in a footnote of the paragraph. */
    private static void preparedPursuant(AnnotatedDocument doc, int index, Paragraph p, String text,
                                         List<CitationResolver.Resolved> rs, Map<String, Response> out) {
        for (CitationResolver.Resolved r : rs) {
            if (!isResolution(r)) {
                continue;
            }
            String lead = text.substring(Math.max(0, r.span().start() - 20), r.span().start());
            if (!Pattern.compile(PURSUANT + "[^。；，,]{0,14}$").matcher(lead).find()) {
                continue;
            }
            Matcher rep = PREPARED_REPORT.matcher(text.substring(r.span().end()));
            if (!rep.find()) {
                continue;
            }
            int after = r.span().end() + rep.end();
            List<String> symbols = new ArrayList<>();
            for (CitationResolver.Resolved c : rs) {
                if (c.target().kind() == CitedResource.Kind.DOCUMENT && c.span().start() >= after
                        && text.substring(after, c.span().start()).matches("\\s*[(（]?\\s*")) {
                    symbols.add(c.target().iri());
                }
            }
            if (symbols.isEmpty()) {
                // the report's symbol is in the first footnote that gives only a symbol; a later one (…以及执行主任
                //提交的报告，¹⁴) belongs to another report named after it
                for (String n : p.footnoteMarkers()) {
                    Footnote f = doc.document().footnote(n).orElse(null);
                    if (f != null && f.text().strip().matches("(?:见\\s*)?[A-Z][A-Za-z0-9./\\s-]*[。.]?")) {
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
                            text.substring(Math.max(0, r.span().start() - 10), after).strip(), null));
                }
            }
        }
    }

    private static boolean isResolution(CitationResolver.Resolved r) {
        return r.target().kind() == CitedResource.Kind.RESOLUTION;
    }

    private static void put(Map<String, Response> out, Response r) {
        out.putIfAbsent(r.reportIri() + " " + r.resolutionIri(), r);
    }
}
