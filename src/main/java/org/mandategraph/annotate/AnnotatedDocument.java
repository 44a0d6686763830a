package org.mandategraph.annotate;

import java.util.List;
import org.mandategraph.document.Header;
import org.mandategraph.document.UnDocument;
import org.mandategraph.language.Language;
import org.mandategraph.language.Languages;

/**
 * A segmented document with its typed annotation layers; each annotator returns a new instance. The
 * {@link Layer#HEADER} layer is the document's resolved {@link Header} (held on the {@link UnDocument}) and the IRI
 * it gives the document: both are {@code null} until the header annotator has run, unless given when built.
 */
public record AnnotatedDocument(UnDocument document, String iri, Language language, List<Mention> mentions, List<LeadVerb> leadVerbs,
                                List<Mandate> mandates, List<Citation> citations, List<Response> responses) {
    public AnnotatedDocument {
        mentions = List.copyOf(mentions);
        leadVerbs = List.copyOf(leadVerbs);
        mandates = List.copyOf(mandates);
        citations = List.copyOf(citations);
        responses = List.copyOf(responses);
    }

    /** A document whose header is already resolved, known by {@code iri}. */
    public static AnnotatedDocument of(UnDocument d, String iri, Language language) {
        return new AnnotatedDocument(d, iri, language, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** A segmented document as the pipeline starts from it: the header annotator gives it its header and IRI. */
    public static AnnotatedDocument of(UnDocument d, Language language) {
        return of(d, null, language);
    }

    /** A document whose language is detected from its paragraphs. */
    public static AnnotatedDocument of(UnDocument d, String iri) {
        StringBuilder sample = new StringBuilder();
        for (var p : d.paragraphs()) {
            if (sample.length() > 4000) {
                break;
            }
            sample.append(p.text()).append('\n');
        }
        return of(d, iri, Languages.detect(sample));
    }

    /** The resolved header ({@link Layer#HEADER}). */
    public Header header() {
        return document.header();
    }

    /** The same document with its header resolved and the IRI that header gives it. */
    public AnnotatedDocument withHeader(Header h, String documentIri) {
        return new AnnotatedDocument(document.withHeader(h), documentIri, language, mentions, leadVerbs, mandates,
                citations, responses);
    }

    public AnnotatedDocument withMentions(List<Mention> m) {
        return new AnnotatedDocument(document, iri, language, m, leadVerbs, mandates, citations, responses);
    }

    public AnnotatedDocument withLeadVerbs(List<LeadVerb> v) {
        return new AnnotatedDocument(document, iri, language, mentions, v, mandates, citations, responses);
    }

    public AnnotatedDocument withMandates(List<Mandate> m) {
        return new AnnotatedDocument(document, iri, language, mentions, leadVerbs, m, citations, responses);
    }

    public AnnotatedDocument withCitations(List<Citation> c) {
        return new AnnotatedDocument(document, iri, language, mentions, leadVerbs, mandates, c, responses);
    }

    public AnnotatedDocument withResponses(List<Response> r) {
        return new AnnotatedDocument(document, iri, language, mentions, leadVerbs, mandates, citations, r);
    }

    /**
     * The citations the document makes of other resources: the layer less the header's (read only to find what a
     * report answers) and less the document naming itself.
     */
    public List<Citation> outwardCitations() {
        return citations.stream().filter(c -> c.locus().paragraph() >= 0 && !c.target().iri().equals(iri)).toList();
    }

    /** The text a locus names: paragraph, sub-paragraph or footnote text; the summary for the header locus. */
    public String textOf(Locus l) {
        if (l.footnote() != null) {
            return document.footnote(l.footnote()).map(f -> f.text()).orElse("");
        }
        if (l.paragraph() < 0) {
            return header().summary() == null ? "" : header().summary();
        }
        var p = document.paragraphs().get(l.paragraph());
        if (l.subParagraph() == null) {
            return p.text();
        }
        return p.subParagraphs().stream().filter(s -> s.label().equals(l.subParagraph())).findFirst()
                .map(s -> s.text()).orElse("");
    }
}
