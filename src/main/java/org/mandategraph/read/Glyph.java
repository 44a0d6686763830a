package org.mandategraph.read;

/**
 * One glyph as a PDF page prints it, in the reader's own terms: left edge and baseline in points from the page's
 * top left, advance width, font size in points, and the characters it stands for. The PDF stages work on these
 * rather than on PDFBox types so each can be tested on glyphs made by hand.
 */
record Glyph(float x, float baseline, float width, float size, String text) {
    float end() {
        return x + width;
    }
}
