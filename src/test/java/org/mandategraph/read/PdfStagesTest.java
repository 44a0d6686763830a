package org.mandategraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mandategraph.document.MarkerRun;
import org.mandategraph.document.SourceLine;

/** The PDF reader's stages on glyphs made by hand: duplicates, rows and marks, furniture, footnote areas, joins. */
class PdfStagesTest {
    private static final float H = 842;

    /** Glyphs for {@code text} from x, one advance {@code w} each, on a baseline. */
    static List<Glyph> run(String text, float x, float baseline, float size, float w) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            out.add(new Glyph(x + i * w, baseline, w, size, String.valueOf(text.charAt(i))));
        }
        return out;
    }

    static String distinctHan(int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) (0x4E00 + 7 * (from + i)));
        }
        return sb.toString();
    }

    static List<Glyph> han(String text, float x, float baseline) {
        return run(text, x, baseline, 10, 10);
    }

    @Test
    void overprintedBoldCollapsesByPositionNotByText() {
        List<Glyph> g = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            g.addAll(han("认识到", 72 + 0.1f * k, 100)); // fake bold: drawn four times 0.1 pt apart
        }
        g.addAll(han("大大", 102, 100)); // the same character twice, side by side: both stay
        List<Glyph> kept = DuplicateGlyphs.collapse(g);
        assertThat(kept).extracting(Glyph::text).containsExactly("认", "识", "到", "大", "大");
        assertThat(PdfLines.of(1, kept)).extracting(PrintedLine::text).containsExactly("认识到大大");
    }

    @Test
    void aGlyphDrawnAgainFarAwayIsNoDuplicate() {
        List<Glyph> g = new ArrayList<>(han("会", 72, 100));
        g.addAll(han("会", 72, 115)); // next line, same x
        assertThat(DuplicateGlyphs.collapse(g)).hasSize(2);
    }

    @Test
    void raisedSmallDigitsAreMarkersNotText() {
        List<Glyph> g = new ArrayList<>(han("公约》", 72, 100));
        g.addAll(run("12", 102, 96.5f, 6, 3)); // raised 3.5 pt, smaller: a footnote marker
        g.addAll(han("所列", 108, 100));
        PrintedLine l = PdfLines.of(1, g).get(0);
        assertThat(l.text()).isEqualTo("公约》" + TextCleaner.marker("12") + "所列");
        List<MarkerRun> ms = new ArrayList<>();
        assertThat(TextLayout.takeMarkers(l.text(), ms)).isEqualTo("公约》所列");
        assertThat(ms).containsExactly(new MarkerRun(MarkerRun.Kind.SUPERSCRIPT, "12", 3));
    }

    @Test
    void digitsOnTheBaselineStayText() {
        List<Glyph> g = new ArrayList<>(han("第", 72, 100));
        g.addAll(run("12", 82, 100, 10, 5));
        assertThat(PdfLines.of(1, g).get(0).text()).isEqualTo("第12");
    }

    @Test
    void raisedLettersStayText() {
        List<Glyph> g = new ArrayList<>(run("10", 72, 100, 10, 5));
        g.addAll(run("th", 82, 96.5f, 6, 3));
        assertThat(PdfLines.of(1, g).get(0).visible()).isEqualTo("10th");
    }

    @Test
    void latinGapsAreSpacesAndWideGapsSplitARow() {
        List<Glyph> g = new ArrayList<>(run("General", 72, 100, 10, 5));
        g.addAll(run("Assembly", 72 + 35 + 3, 100, 10, 5)); // a 3 pt gap: a space
        g.addAll(run("A/RES/66/177", 400, 100, 10, 5)); // far to the right: printed apart
        assertThat(PdfLines.of(1, g)).extracting(PrintedLine::text).containsExactly("General Assembly", "A/RES/66/177");
    }

    private static PrintedLine line(int page, String text, float x, float baseline, float size) {
        return PdfLines.line(page, run(text, x, baseline, size, size * 0.5f));
    }

    @Test
    void furnitureIsWhatRepeatsOrReadsAsSuchInAMargin() {
        List<PageFurniture.Page> pages = new ArrayList<>();
        List<PrintedLine> all = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            List<PrintedLine> ls = List.of(line(p, "A/RES/66/177", 72, 44, 8), line(p, "Bodytext", 72, 200, 10),
                    line(p, "12-46789", 72, 812, 8), line(p, p + "/3", 500, 812, 8),
                    line(p, List.of("General Assembly", "Alpha", "Beta").get(p - 1), 72, 30, 12));
            all.addAll(ls);
            pages.add(new PageFurniture.Page(H, ls));
        }
        Map<PrintedLine, SourceLine.Role> roles = PageFurniture.of(pages);
        for (PrintedLine l : all) {
            SourceLine.Role r = roles.get(l);
            switch (l.visible()) {
                case "A/RES/66/177" -> assertThat(r).isEqualTo(SourceLine.Role.RUNNING_HEAD);
                case "12-46789", "1/3", "2/3", "3/3" -> assertThat(r).isEqualTo(SourceLine.Role.PAGE_FOOTER);
                // in the top margin but printed once and no furniture shape: text (the body's name on page 1)
                case "General Assembly", "Alpha", "Beta", "Bodytext" -> assertThat(r).as(l.visible()).isNull();
                default -> throw new AssertionError(l);
            }
        }
    }

    @Test
    void aLineRepeatedInTheBodyIsNoFurniture() {
        List<PageFurniture.Page> pages = List.of(new PageFurniture.Page(H, List.of(line(1, "Recalling", 72, 300, 10))),
                new PageFurniture.Page(H, List.of(line(2, "Recalling", 72, 300, 10))));
        assertThat(PageFurniture.of(pages)).isEmpty();
    }

    @Test
    void aWrappedLineJoinsTheNextAndAShortOneDoesNot() {
        float right = 523;
        PrintedLine full = PdfLines.line(1, han("一二三四五六七八九十一二三四五六七八九十一二三四五", 273, 100)); // ends at 523
        PrintedLine next = PdfLines.line(1, han("续", 72, 115));
        PrintedLine shortLine = PdfLines.line(1, han("短行", 72, 100));
        assertThat(PdfLayout.wrapped(full, next, right)).isTrue();
        assertThat(PdfLayout.joins(full, next, right, false, 15)).isTrue();
        assertThat(PdfLayout.wrapped(shortLine, next, right)).isFalse();
        // a gap wider than the line pitch parts paragraphs even after a full line
        assertThat(PdfLayout.joins(full, PdfLines.line(1, han("续", 72, 140)), right, false, 15)).isFalse();
        // a line opening with its own number is a paragraph of its own
        assertThat(PdfLayout.joins(full, line(1, "12. Requests", 72, 115, 10), right, false, 15)).isFalse();
        // after continuation lines, an indented line opens a paragraph
        assertThat(PdfLayout.joins(PdfLines.line(1, han("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五", 73, 100)),
                PdfLines.line(1, han("新", 96, 115)), right, true, 15)).isFalse();
    }

    @Test
    void latinWordsWrapWhenTheNextWordHadNoRoom() {
        float right = 523;
        PrintedLine cur = line(1, "x".repeat(88), 72, 100, 10); // ends at 512: 11 pt left
        assertThat(PdfLayout.wrapped(cur, line(1, "international law", 72, 115, 10), right)).isTrue(); // needs 65 pt
        assertThat(PdfLayout.wrapped(line(1, "x".repeat(60), 72, 100, 10), line(1, "a b", 72, 115, 10), right)).isFalse();
        assertThat(PdfLayout.join("Assembly,", "Recalling")).isEqualTo("Assembly, Recalling");
        assertThat(PdfLayout.join("犯罪", "组织")).isEqualTo("犯罪组织");
        assertThat(PdfLayout.join("Convention" + TextCleaner.marker("1"), "and")).isEqualTo("Convention" + TextCleaner.marker("1") + " and");
    }

    @Test
    void aPagesSmallNumberedFootIsItsFootnoteAreaAndAParagraphGoesOnAcrossPages() {
        List<Glyph> p1 = new ArrayList<>();
        float y = 100;
        for (int i = 0; i < 4; i++) {
            p1.addAll(han(distinctHan(i * 45, 45), 72, y += 15)); // no run repeats: the text's bold rule stays out of it
        }
        p1.addAll(run("1", 72, 737, 5, 3));
        p1.addAll(run("联合国条约汇编。", 76, 740, 8, 8));
        p1.addAll(run("注释续行。", 72, 750, 8, 8));
        p1.addAll(run("2", 72, 757, 5, 3));
        p1.addAll(run("同上。", 76, 760, 8, 8));
        p1.addAll(run("12-46789", 72, 812, 8, 4));
        List<Glyph> p2 = new ArrayList<>(run("12-46789", 72, 812, 8, 4));
        p2.addAll(han("续完。", 72, 100));
        PdfLayout.Built b = PdfLayout.of(List.of(new PdfGlyphs.Page(1, 595, H, p1), new PdfGlyphs.Page(2, 595, H, p2)));
        List<SourceLine> ls = b.layout().lines();
        assertThat(ls).extracting(SourceLine::role).containsExactly(SourceLine.Role.TEXT, SourceLine.Role.RULE,
                SourceLine.Role.TEXT, SourceLine.Role.TEXT, SourceLine.Role.PAGE_FOOTER, SourceLine.Role.PAGE_FOOTER);
        assertThat(ls.get(0).text()).endsWith("续完。").hasSize(4 * 45 + 3); // four full printed lines and the next page's first
        assertThat(ls.get(2).text()).isEqualTo("联合国条约汇编。注释续行。");
        assertThat(ls.get(2).markers()).containsExactly(new MarkerRun(MarkerRun.Kind.SUPERSCRIPT, "1", 0));
        assertThat(ls.get(3).markers()).extracting(MarkerRun::label).containsExactly("2");
        assertThat(b.layout().printedPages()).isTrue();
        for (SourceLine l : ls) {
            assertThat(l.span().of(b.text())).isEqualTo(l.text());
        }
    }
}
