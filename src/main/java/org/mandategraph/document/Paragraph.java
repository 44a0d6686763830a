package org.mandategraph.document;

import java.util.List;

/**
 * A top-level paragraph. {@code text} is the clean text (markup, markers and wraps removed) up to its
 * first sub-paragraph; {@code number} is the printed number, or the reading-order number for preambular
 * paragraphs. {@code footnoteMarkers} are the footnotes whose markers sit in the paragraph's own text.
 */
public record Paragraph(ParagraphKind kind, String number, int ordinal, String text, Span sourceSpan,
                        List<SubParagraph> subParagraphs, List<String> footnoteMarkers) {
    public Paragraph {
        subParagraphs = List.copyOf(subParagraphs);
        footnoteMarkers = List.copyOf(footnoteMarkers);
    }

    /** Text of the paragraph and all its sub-paragraphs, in reading order, for whole-paragraph questions. */
    public String fullText() {
        if (subParagraphs.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        for (SubParagraph s : subParagraphs) {
            sb.append(" (").append(s.label()).append(") ").append(s.text());
        }
        return sb.toString();
    }
}
