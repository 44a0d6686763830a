package org.mandategraph.rdf;

import org.mandategraph.vocab.Iris;
import org.mandategraph.vocab.MG;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.annotate.Citation;
import org.mandategraph.annotate.CitedResource;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.lexicon.VerbLexicon;
import org.mandategraph.annotate.LeadVerb;
import org.mandategraph.annotate.Locus;
import org.mandategraph.annotate.Mandate;
import org.mandategraph.annotate.Mention;
import org.mandategraph.annotate.Response;
import org.mandategraph.document.DocumentType;
import org.mandategraph.document.Footnote;
import org.mandategraph.document.Header;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.Span;
import org.mandategraph.document.SubParagraph;
import org.mandategraph.document.UnDocument;

/**
 * Emits an annotated document as triples to a {@link StreamRDF} (a graph, a file writer or the store are all
 * just sinks). Output order is deterministic and every IRI comes from {@link Iris}.
 */
public final class DocumentMapper {
    public static final String OA = "http://www.w3.org/ns/oa#";

    private final Gazetteer gazetteer;
    private final VerbLexicon verbs;

    public DocumentMapper(Gazetteer gazetteer) {
        this(gazetteer, VerbLexicon.of(gazetteer.rules()));
    }

    /** A mapper naming the task property of each directive verb as {@code mg:taskProperty} in the verb scheme says. */
    public DocumentMapper(Gazetteer gazetteer, VerbLexicon verbs) {
        this.gazetteer = gazetteer;
        this.verbs = verbs;
    }

    /**
     * The IRI of a read document whose header is resolved: its resolution/decision IRI, its symbol, or a local IRI
     * from its file name ({@link Iris#document}; the header annotator gives an annotated document this IRI).
     */
    public static String documentIri(UnDocument d) {
        return Iris.document(d.header(), d.source().fileName());
    }

    public static String paragraphIri(AnnotatedDocument ad, int index) {
        Paragraph p = ad.document().paragraphs().get(index);
        return Iris.paragraph(ad.iri(), p.kind(), p.number());
    }

    /** The IRI of the paragraph or sub-paragraph a locus is in (footnote loci count for their paragraph). */
    public static String locusIri(AnnotatedDocument ad, Locus l) {
        if (l.paragraph() < 0) {
            return ad.iri();
        }
        String p = paragraphIri(ad, l.paragraph());
        return l.subParagraph() == null ? p : Iris.subParagraph(p, l.subParagraph());
    }

    public void emit(AnnotatedDocument ad, StreamRDF out) {
        Emitter e = new Emitter(out);
        UnDocument d = ad.document();
        Header h = d.header();
        String doc = ad.iri();
        String lang = ad.language().tag();
        e.type(doc, MG.Document);
        e.type(doc, switch (h.type()) {
            case RESOLUTION -> MG.Resolution;
            case DECISION -> MG.Decision;
            case REPORT -> MG.Report;
            default -> MG.Document;
        });
        e.lit(doc, MG.sourceFile, d.source().fileName());
        // the version this file is: a resolution read in Chinese and in English is one work with two versions
        String version = Iris.version(doc, lang);
        e.iri(doc, MG.hasVersion, version);
        e.type(version, MG.LanguageVersion);
        e.iri(version, MG.versionOf, doc);
        e.typed(version, DCTerms.language, lang, XSDDatatype.XSDlanguage);
        e.lit(version, MG.fileName, d.source().fileName());
        if (h.symbol() != null) {
            e.lit(doc, MG.symbol, h.symbol());
            e.iri(doc, RDFS.seeAlso, "https://undocs.org/" + h.symbol());
        }
        if (h.number() != null) {
            e.lit(doc, MG.resolutionNumber, h.number());
        }
        if (h.title() != null && !h.title().isBlank()) {
            e.lang(doc, DCTerms.title, h.title(), lang);
            e.lang(version, DCTerms.title, h.title(), lang);
        }
        if (h.type() == DocumentType.REPORT) {
            if (h.authorCode() != null) {
                e.iri(doc, MG.author, Iris.body(h.authorCode()));
            }
        } else if (h.adoptingBodyCode() != null) {
            e.iri(doc, MG.adoptedBy, Iris.body(h.adoptingBodyCode()));
        }
        if (h.organCode() != null) {
            e.iri(doc, MG.organ, Iris.body(h.organCode()));
        }
        // a report is not adopted: its date is the day it was issued
        var date = h.adopted() != null ? h.adopted() : h.type() == DocumentType.REPORT ? h.distributed() : null;
        if (date != null) {
            e.typed(doc, MG.adoptedOn, date.toString(), XSDDatatype.XSDdate);
        }
        if (h.distributed() != null) {
            e.typed(doc, MG.distributedOn, h.distributed().toString(), XSDDatatype.XSDdate);
        }
        if (h.session() != null) {
            e.typed(doc, MG.session, h.session().toString(), XSDDatatype.XSDinteger);
        }
        if (h.agendaItem() != null) {
            e.lit(doc, MG.agendaItem, h.agendaItem());
        }
        if (h.plenaryMeeting() != null) {
            e.typed(doc, MG.plenaryMeeting, h.plenaryMeeting().toString(), XSDDatatype.XSDinteger);
        }
        if (h.committeeReport() != null) {
            String rep = Iris.doc(h.committeeReport());
            e.iri(doc, MG.committeeReport, rep);
            describeDocument(e, rep, h.committeeReport());
        }
        if (h.summary() != null) {
            e.lang(doc, DCTerms.abstract_, h.summary(), lang);
        }

        for (int i = 0; i < d.paragraphs().size(); i++) {
            Paragraph p = d.paragraphs().get(i);
            String pi = paragraphIri(ad, i);
            e.iri(doc, MG.hasParagraph, pi);
            e.type(pi, MG.Paragraph);
            e.type(pi, switch (p.kind()) {
                case PREAMBULAR -> MG.PreambularParagraph;
                case OPERATIVE -> MG.OperativeParagraph;
                case REPORT -> MG.ReportParagraph;
                case ANNEX -> MG.AnnexParagraph;
            });
            e.iri(pi, MG.partOf, doc);
            e.lit(pi, MG.number, p.number());
            e.typed(pi, MG.ordinal, String.valueOf(p.ordinal()), XSDDatatype.XSDinteger);
            e.lang(pi, MG.text, p.text(), lang);
            paragraphText(e, pi, version, lang, p.sourceSpan());
            // the page is where the text stands in one version's file, like its offsets
            page(d.source(), p.sourceSpan().start()).ifPresent(n ->
                    e.typed(Iris.paragraphText(pi, lang), MG.page, n, XSDDatatype.XSDpositiveInteger));
            place(e, Iris.paragraphText(pi, lang), d.source(), p.sourceSpan().start());
            for (String fn : p.footnoteMarkers()) {
                e.iri(pi, MG.footnote, Iris.footnote(doc, fn));
            }
            for (SubParagraph s : p.subParagraphs()) {
                String si = Iris.subParagraph(pi, s.label());
                e.iri(pi, MG.hasSubParagraph, si);
                e.type(si, MG.Paragraph);
                e.type(si, MG.SubParagraph);
                e.iri(si, MG.partOf, pi);
                e.lit(si, MG.number, s.label());
                e.lang(si, MG.text, s.text(), lang);
                paragraphText(e, si, version, lang, s.sourceSpan());
                for (String fn : s.footnoteMarkers()) {
                    e.iri(si, MG.footnote, Iris.footnote(doc, fn));
                }
            }
        }
        for (Footnote f : d.footnotes()) {
            String fi = Iris.footnote(doc, f.number());
            e.iri(doc, MG.hasFootnote, fi);
            e.type(fi, MG.Footnote);
            e.lit(fi, MG.number, f.number());
            e.lang(fi, MG.text, f.text(), lang);
            page(d.source(), f.sourceSpan().start()).ifPresent(n -> e.typed(fi, MG.page, n, XSDDatatype.XSDpositiveInteger));
        }

        for (LeadVerb v : ad.leadVerbs()) {
            e.iri(paragraphIri(ad, v.paragraph()), MG.leadVerb, Iris.verb(v.verbCode()));
        }

        Set<String> mentioned = new HashSet<>();
        for (Mandate m : ad.mandates()) {
            mentioned.add(paragraphIri(ad, m.locus().paragraph()) + " " + m.addresseeIri()); // tasked, not merely named
        }
        for (Mention m : ad.mentions()) {
            if (m.locus().paragraph() < 0) {
                continue;
            }
            String key = paragraphIri(ad, m.locus().paragraph()) + " " + m.agentIri();
            if (mentioned.add(key)) {
                e.iri(paragraphIri(ad, m.locus().paragraph()), MG.mentions, m.agentIri());
            }
        }

        Set<String> mandates = new HashSet<>();
        for (Mandate m : ad.mandates()) {
            String pi = paragraphIri(ad, m.locus().paragraph());
            String mi = Iris.mandate(pi, m.verbCode(), m.addresseeIri());
            if (!mandates.add(mi)) {
                for (String t : m.topics()) {
                    e.iri(mi, MG.topic, Iris.topic(t));
                }
                continue;
            }
            e.type(mi, MG.Mandate);
            e.iri(mi, MG.attestedIn, Iris.version(doc, lang));
            e.iri(mi, MG.inParagraph, pi);
            e.iri(mi, MG.verb, Iris.verb(m.verbCode()));
            e.iri(mi, MG.addressee, m.addresseeIri());
            for (String t : m.topics()) {
                e.iri(mi, MG.topic, Iris.topic(t));
            }
            e.iri(pi, MG.tasks, m.addresseeIri());
            String sub = verbs.byCode(m.verbCode()).map(VerbLexicon.Verb::taskProperty).orElse(null);
            if (sub != null) {
                e.iri(pi, NodeFactory.createURI(sub), m.addresseeIri());
            }
            if (m.reportToIri() != null) {
                e.iri(mi, MG.reportTo, m.reportToIri());
            }
            if (m.dueSession() != null) {
                e.typed(mi, MG.dueSession, m.dueSession().toString(), XSDDatatype.XSDinteger);
            }
            String text = ad.textOf(m.locus());
            selector(e, mi, MG.verbEvidence, mi + "/verb-evidence/" + lang, text, m.verbSpan(), lang);
            selector(e, mi, MG.addresseeEvidence, mi + "/addressee-evidence/" + lang, text, m.addresseeSpan(), lang);
        }

        int n = 0;
        Set<String> cited = new HashSet<>();
        for (Citation c : ad.outwardCitations()) {
            CitedResource t = c.target();
            if (t.iri().equals(doc)) {
                continue;
            }
            String from = locusIri(ad, c.locus());
            if (cited.add(from + " " + t.iri())) {
                e.iri(from, MG.cites, t.iri());
            }
            describe(e, t);
            String ci = Iris.citation(from, lang, ++n);
            e.iri(from, MG.citation, ci);
            e.type(ci, MG.Citation);
            e.iri(ci, MG.target, t.iri());
            if (c.locus().footnote() != null) {
                e.iri(ci, MG.footnote, Iris.footnote(doc, c.locus().footnote()));
            }
            selector(e, ci, MG.evidence, ci + "/evidence", ad.textOf(c.locus()), c.span(), lang);
        }

        for (Response r : ad.responses()) {
            e.iri(r.reportIri(), MG.respondsTo, r.resolutionIri());
        }
    }

    /**
     * Where the text quoted as evidence stands in the paragraph's text of one language version: the offsets count in
     * that version's {@code mg:text}, so the selector is minted per version and its quote carries the language.
     */
    private void selector(Emitter e, String subject, org.apache.jena.rdf.model.Property p, String iri, String text, Span span,
                          String lang) {
        if (span == null || span.end() > text.length()) {
            return;
        }
        e.iri(subject, p, iri);
        e.iri(iri, RDF.type, OA + "TextPositionSelector");
        e.typed(iri, OA + "start", String.valueOf(span.start()), XSDDatatype.XSDnonNegativeInteger);
        e.typed(iri, OA + "end", String.valueOf(span.end()), XSDDatatype.XSDnonNegativeInteger);
        e.lang(iri, OA + "exact", span.of(text), lang);
    }

    /**
     * Where a paragraph's text in one version stands in that version's file: the paragraph IRI is shared by the
     * versions (aligned by number) and carries every language's {@code mg:text} (so full-text search finds the
     * paragraph once); positions belong to one file.
     */
    private static void paragraphText(Emitter e, String paragraph, String version, String lang, Span span) {
        String t = Iris.paragraphText(paragraph, lang);
        e.type(t, MG.ParagraphText);
        e.iri(t, MG.textOf, paragraph);
        e.iri(t, MG.inVersion, version);
        e.typed(t, DCTerms.language, lang, XSDDatatype.XSDlanguage);
        e.typed(t, MG.sourceSpanStart, String.valueOf(span.start()), XSDDatatype.XSDinteger);
        e.typed(t, MG.sourceSpanEnd, String.valueOf(span.end()), XSDDatatype.XSDinteger);
    }

    private void describe(Emitter e, CitedResource t) {
        switch (t.kind()) {
            case RESOLUTION, DECISION -> {
                e.type(t.iri(), MG.Document);
                e.type(t.iri(), t.kind() == CitedResource.Kind.RESOLUTION ? MG.Resolution : MG.Decision);
                if (t.bodyCode() != null) {
                    e.iri(t.iri(), MG.adoptedBy, Iris.body(t.bodyCode()));
                }
                if (t.number() != null) {
                    e.lit(t.iri(), MG.resolutionNumber, t.number());
                }
            }
            case DOCUMENT -> describeDocument(e, t.iri(), t.symbol());
            case INSTRUMENT -> e.type(t.iri(), MG.Instrument);
            case PROVISION -> {
                e.type(t.iri(), MG.Provision);
                if (t.parentIri() != null) {
                    e.iri(t.iri(), MG.partOf, t.parentIri());
                }
                if (t.label() != null) {
                    e.lang(t.iri(), RDFS.label, t.label(), "zh");
                }
                // every level up to the instrument is described, so art/24 exists when only art/24/para/4 is cited
                for (String up = t.parentIri(); up != null; ) {
                    String next = Iris.provisionParent(up);
                    if (next == null) {
                        e.type(up, MG.Instrument);
                        break;
                    }
                    e.type(up, MG.Provision);
                    e.iri(up, MG.partOf, next);
                    up = next;
                }
            }
        }
    }

    private void describeDocument(Emitter e, String iri, String symbol) {
        e.type(iri, MG.Document);
        if (symbol != null) {
            e.lit(iri, MG.symbol, symbol);
            e.iri(iri, RDFS.seeAlso, "https://undocs.org/" + symbol);
        }
    }

    /** Small helper that writes triples with de-duplication of exact repeats. */
    private static final class Emitter {
        private final StreamRDF out;
        private final Set<Triple> seen = new HashSet<>();

        Emitter(StreamRDF out) {
            this.out = out;
        }

        void emit(Node s, Node p, Node o) {
            Triple t = Triple.create(s, p, o);
            if (seen.add(t)) {
                out.triple(t);
            }
        }

        void type(String s, org.apache.jena.rdf.model.Resource type) {
            emit(NodeFactory.createURI(s), RDF.type.asNode(), type.asNode());
        }

        void iri(String s, org.apache.jena.rdf.model.Property p, String o) {
            emit(NodeFactory.createURI(s), p.asNode(), NodeFactory.createURI(o));
        }

        void iri(String s, Node p, String o) {
            emit(NodeFactory.createURI(s), p, NodeFactory.createURI(o));
        }

        void iri(String s, org.apache.jena.rdf.model.Resource p, String o) {
            emit(NodeFactory.createURI(s), p.asNode(), NodeFactory.createURI(o));
        }

        void lit(String s, org.apache.jena.rdf.model.Property p, String v) {
            emit(NodeFactory.createURI(s), p.asNode(), NodeFactory.createLiteralString(v));
        }

        void lit(String s, String p, String v) {
            emit(NodeFactory.createURI(s), NodeFactory.createURI(p), NodeFactory.createLiteralString(v));
        }

        void lang(String s, String p, String v, String lang) {
            emit(NodeFactory.createURI(s), NodeFactory.createURI(p), NodeFactory.createLiteralLang(v, lang));
        }

        void lang(String s, org.apache.jena.rdf.model.Property p, String v, String lang) {
            emit(NodeFactory.createURI(s), p.asNode(), NodeFactory.createLiteralLang(v, lang));
        }

        void typed(String s, org.apache.jena.rdf.model.Property p, String v, XSDDatatype dt) {
            emit(NodeFactory.createURI(s), p.asNode(), NodeFactory.createLiteralDT(v, dt));
        }

        void typed(String s, String p, String v, XSDDatatype dt) {
            emit(NodeFactory.createURI(s), NodeFactory.createURI(p), NodeFactory.createLiteralDT(v, dt));
        }
    }

    /** The printed page a source offset falls on, when the reader knew its pages (a PDF): evidence a reader can check. */
    /**
     * Where on its page a paragraph's first line is printed (a PDF's lines are placed): the evidence a reader
     * needs to find the paragraph in the file, beside its page.
     */
    private static void place(Emitter e, String subject, org.mandategraph.document.SourceText src, int offset) {
        if (src.layout() == null || !src.layout().printedPages()) {
            return;
        }
        org.mandategraph.document.SourceLine at = null;
        for (org.mandategraph.document.SourceLine l : src.layout().lines()) {
            if (l.span().start() > offset) {
                break;
            }
            if (l.role() == org.mandategraph.document.SourceLine.Role.TEXT) {
                at = l;
            }
        }
        if (at != null && at.placed()) {
            e.typed(subject, MG.pageX, points(at.left()), XSDDatatype.XSDdecimal);
            e.typed(subject, MG.pageY, points(at.baseline()), XSDDatatype.XSDdecimal);
        }
    }

    private static String points(float v) {
        return java.math.BigDecimal.valueOf(Math.round(v * 10) / 10.0).toPlainString();
    }

    private static java.util.Optional<String> page(org.mandategraph.document.SourceText src, int offset) {
        if (src.layout() == null || !src.layout().printedPages()) {
            return java.util.Optional.empty();
        }
        int page = 1;
        for (org.mandategraph.document.SourceLine l : src.layout().lines()) {
            if (l.span().start() > offset) {
                break;
            }
            page = l.page();
        }
        return java.util.Optional.of(String.valueOf(page));
    }
}
