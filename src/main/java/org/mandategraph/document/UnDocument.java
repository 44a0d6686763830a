package org.mandategraph.document;

import java.util.List;

/** A segmented UN document: header, paragraphs in reading order and footnotes. Immutable. */
public record UnDocument(SourceText source, Header header, List<Paragraph> paragraphs, List<Footnote> footnotes,
                         List<Diagnostic> diagnostics) {
    public UnDocument {
        paragraphs = List.copyOf(paragraphs);
        footnotes = List.copyOf(footnotes);
        diagnostics = List.copyOf(diagnostics);
    }

    public List<Paragraph> paragraphs(ParagraphKind kind) {
        return paragraphs.stream().filter(p -> p.kind() == kind).toList();
    }

    public java.util.Optional<Footnote> footnote(String number) {
        return footnotes.stream().filter(f -> f.number().equals(number)).findFirst();
    }
}
