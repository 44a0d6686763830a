package org.mandategraph.document;

import java.util.List;

/**
 * A segmented UN document: its header as printed, paragraphs in reading order and footnotes; once the pipeline's
 * header annotator has mapped the printed names to codes, also the resolved {@link Header}. Immutable.
 *
 * @param printed the header as the segmenter read it ({@code null} only for a document built with its header resolved)
 * @param header  the resolved header, {@code null} until the header annotator has run: read it through {@link #header()}
 */
public record UnDocument(SourceText source, PrintedHeader printed, Header header, List<Paragraph> paragraphs,
                         List<Footnote> footnotes, List<Diagnostic> diagnostics) {
    public UnDocument {
        paragraphs = List.copyOf(paragraphs);
        footnotes = List.copyOf(footnotes);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The segmenter's product: the header as printed, its names not yet resolved. */
    public UnDocument(SourceText source, PrintedHeader printed, List<Paragraph> paragraphs, List<Footnote> footnotes,
                      List<Diagnostic> diagnostics) {
        this(source, printed, null, paragraphs, footnotes, diagnostics);
    }

    /**
     * The header with its names mapped to codes.
     *
     * @throws IllegalStateException before the header annotator has resolved it
     */
    @Override
    public Header header() {
        if (header == null) {
            throw new IllegalStateException(source.fileName()
                    + ": header not resolved yet (the header annotator, first in the pipeline, resolves it)");
        }
        return header;
    }

    /** Whether the header's names have been resolved. */
    public boolean headerResolved() {
        return header != null;
    }

    /** The same document with its resolved header. */
    public UnDocument withHeader(Header resolved) {
        return new UnDocument(source, printed, resolved, paragraphs, footnotes, diagnostics);
    }

    public List<Paragraph> paragraphs(ParagraphKind kind) {
        return paragraphs.stream().filter(p -> p.kind() == kind).toList();
    }

    public java.util.Optional<Footnote> footnote(String number) {
        return footnotes.stream().filter(f -> f.number().equals(number)).findFirst();
    }
}
