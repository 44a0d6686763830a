package org.mandategraph.document;

/** A half-open character range {@code [start, end)} into some text; every parsed unit keeps one so users can see where a fact came from. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    public Span shift(int delta) {
        return new Span(start + delta, end + delta);
    }
}
