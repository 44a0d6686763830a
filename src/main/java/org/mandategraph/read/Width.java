package org.mandategraph.read;

/**
 * Full-width forms of ASCII (U+FF01–U+FF5E), which East Asian text prints beside its own script: {@code ２０１２},
 * {@code （}, {@code ，}. Callers decide which of them read as ASCII (digits and letters in a symbol, brackets in a
 * name, the comma after a body), because folding all of them would rewrite the text's own punctuation.
 */
public final class Width {
    private static final int FIRST = 0xFF01;
    private static final int LAST = 0xFF5E;
    /** Distance from a full-width form to its ASCII character ({@code U+FF01 - '!'}). */
    private static final int OFFSET = FIRST - '!';

    private Width() {
    }

    /** The ASCII character {@code c} is the full-width form of; {@code c} itself when it is none. */
    public static char ascii(char c) {
        return c >= FIRST && c <= LAST ? (char) (c - OFFSET) : c;
    }
}
