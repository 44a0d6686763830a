package org.mandategraph.document;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The decoded text of one input file and, when a reader laid it out, its lines. All source spans of a document
 * point into {@link #text()} (the decoded characters after any byte-order mark), so they survive re-reading.
 *
 * @param layout the reader's lines, or {@code null} for text built by hand (tests): the segmenter then lays the
 *               text out by its {@code format}
 * @param diagnostics what the reader noticed and repaired (damaged bytes replaced), passed on to the document's
 *                    own diagnostics so the user hears of it with the rest
 */
public record SourceText(String fileName, String text, Charset charset, String format, Layout layout,
                         List<Diagnostic> diagnostics) {
    public SourceText {
        diagnostics = List.copyOf(diagnostics);
    }

    public SourceText(String fileName, String text, Charset charset, String format, Layout layout) {
        this(fileName, text, charset, format, layout, List.of());
    }

    public SourceText(String fileName, String text, Charset charset, String format) {
        this(fileName, text, charset, format, null);
    }

    @Override
    public String toString() {
        return "SourceText[" + fileName + ", " + text.length() + " chars, " + charset + ", " + format
                + (layout == null ? "" : ", " + layout.lines().size() + " lines") + "]";
    }
}
