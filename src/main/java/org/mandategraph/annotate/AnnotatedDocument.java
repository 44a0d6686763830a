package org.mandategraph.annotate;

import java.util.List;
import org.mandategraph.document.UnDocument;

/** A segmented document with its typed annotation layers; each annotator returns a new instance. */
public record AnnotatedDocument(UnDocument document, String iri, List<Mention> mentions, List<LeadVerb> leadVerbs,
                                List<Mandate> mandates, List<Citation> citations, List<Response> responses) {
    public AnnotatedDocument {
        mentions = List.copyOf(mentions);
        leadVerbs = List.copyOf(leadVerbs);
        mandates = List.copyOf(mandates);
        citations = List.copyOf(citations);
        responses = List.copyOf(responses);
    }

    public static AnnotatedDocument of(UnDocument d, String iri) {
        return new AnnotatedDocument(d, iri, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public AnnotatedDocument withMentions(List<Mention> m) {
        return new AnnotatedDocument(document, iri, m, leadVerbs, mandates, citations, responses);
    }

    public AnnotatedDocument withLeadVerbs(List<LeadVerb> v) {
        return new AnnotatedDocument(document, iri, mentions, v, mandates, citations, responses);
    }

    public AnnotatedDocument withMandates(List<Mandate> m) {
        return new AnnotatedDocument(document, iri, mentions, leadVerbs, m, citations, responses);
    }

    public AnnotatedDocument withCitations(List<Citation> c) {
        return new AnnotatedDocument(document, iri, mentions, leadVerbs, mandates, c, responses);
    }

    public AnnotatedDocument withResponses(List<Response> r) {
        return new AnnotatedDocument(document, iri, mentions, leadVerbs, mandates, citations, r);
    }

    /** The text a locus names: paragraph, sub-paragraph or footnote text; the summary for the header locus. */
    public String textOf(Locus l) {
        if (l.footnote() != null) {
            return document.footnote(l.footnote()).map(f -> f.text()).orElse("");
        }
        if (l.paragraph() < 0) {
            return document.header().summary() == null ? "" : document.header().summary();
        }
        var p = document.paragraphs().get(l.paragraph());
        if (l.subParagraph() == null) {
            return p.text();
        }
        return p.subParagraphs().stream().filter(s -> s.label().equals(l.subParagraph())).findFirst()
                .map(s -> s.text()).orElse("");
    }
}
