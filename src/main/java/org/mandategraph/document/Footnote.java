package org.mandategraph.document;

/** A footnote as printed: its marker ({@code "1"}, {@code "*"}) and clean text, with its span in the source file. */
public record Footnote(String number, String text, Span sourceSpan) {
}
