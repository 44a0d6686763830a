package org.mandategraph.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph PDFBox finds, page by page, with its position and size. PDFBox's own duplicate suppression
 * and line building are bypassed: the later stages decide duplicates, lines and marks from geometry they can test.
 */
final class PdfGlyphs extends PDFTextStripper {
    /** A page's size and its glyphs in content order. */
    record Page(int number, float width, float height, List<Glyph> glyphs) {
    }

    private final List<Page> pages = new ArrayList<>();
    private List<Glyph> current = new ArrayList<>();

    private PdfGlyphs() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
    }

    static List<Page> of(PDDocument doc) throws IOException {
        PdfGlyphs s = new PdfGlyphs();
        s.getText(doc);
        return s.pages;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        current = new ArrayList<>();
        PDRectangle box = page.getCropBox();
        pages.add(new Page(pages.size() + 1, box.getWidth(), box.getHeight(), current));
        super.processPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String u = t.getUnicode();
        if (u == null || u.isBlank()) {
            return;
        }
        u = TextCleaner.withoutSentinels(u);
        float size = t.getFontSizeInPt();
        if (size < 1.5f) {
            size = Math.max(t.getHeightDir(), t.getYScale());
        }
        current.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, u));
    }
}
