package org.mandategraph.read;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.mandategraph.document.SourceLine;

/**
 * Test-side writer of UN-style PDFs from a document's text layout, as the UN's own PDFs print it: the symbol at the
 * top of page 1 and as a running head on the pages after, job number and barcode at the foot of page 1, page
 * number and job number at the foot of later pages, lead words drawn four times 0.1 pt apart (fake bold), raised
 * footnote numbers, footnotes in smaller type at the foot of the page above a rule.
 */
final class UnPdfWriter {
    /** Debian's CJK fonts: WenQuanYi Zen Hei has TrueType outlines PDFBox can embed; Noto CJK's are CFF. */
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final float W = PDRectangle.A4.getWidth();
    private static final float H = PDRectangle.A4.getHeight();
    private static final float LEFT = 72;
    private static final float RIGHT = W - 72;
    private static final float TOP = 92;
    private static final float BOTTOM = 770;
    private static final float NOTE = 8.5f;
    private static final float MARK = 6f;
    private static final float RISE = 3.5f;
    private static final java.util.regex.Pattern NOTE_LABEL = java.util.regex.Pattern.compile("^([0-9]{1,3}|[*∗])\\s+(\\S.*)$");

    private final String symbol;
    private final String job;
    private float size = 10.5f;
    private PDDocument doc;
    private PDFont font;
    /** For the few characters the CJK font lacks (U+2011, the non-breaking hyphen of UN English). */
    private PDFont fallback;
    private static final Path FALLBACK = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private final Map<Integer, PDFont> fonts = new HashMap<>();

    /** @param symbol printed at the top of every page (null: none); {@code job} at their foot */
    UnPdfWriter(String symbol, String job) {
        this.symbol = symbol;
        this.job = job;
    }

    static boolean fontAvailable() {
        return Files.isRegularFile(FONT);
    }

    /** A piece of a printed line: its text, raised (a footnote number) or drawn four times (bold). */
    private record Piece(String text, boolean raised, boolean bold) {
    }

    private final class Page {
        final PDPage page = new PDPage(PDRectangle.A4);
        final PDPageContentStream cs;
        final List<List<Piece>> notes = new ArrayList<>();
        float y = TOP;
        float noteHeight;

        Page() throws IOException {
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
        }

        float limit() {
            return BOTTOM - (noteHeight > 0 ? noteHeight + 14 : 0);
        }
    }

    private final List<Page> pages = new ArrayList<>();
    private String noteLabel;
    private boolean hardWrapped;
    private boolean glue;
    private float lastX;
    private float lastY;
    private Page lastPage;

    void write(List<SourceLine> lines, Path out) throws IOException {
        try (PDDocument d = new PDDocument()) {
            doc = d;
            try (TrueTypeCollection ttc = new TrueTypeCollection(FONT.toFile())) {
                TrueTypeFont ttf = ttc.getFontByName("WenQuanYiZenHei");
                if (ttf == null) {
                    TrueTypeFont[] any = new TrueTypeFont[1];
                    ttc.processAllFonts(f -> any[0] = any[0] == null ? f : any[0]);
                    ttf = any[0];
                }
                font = PDType0Font.load(doc, ttf, true);
                fallback = Files.isRegularFile(FALLBACK) ? PDType0Font.load(doc, FALLBACK.toFile()) : null;
                fit(lines);
                Page p = new Page();
                pages.add(p);
                boolean gap = false;
                boolean afterRule = false;
                lines = withoutFrontMatter(lines);
                for (SourceLine l : lines) {
                    if (l.role() == SourceLine.Role.BLANK || l.role() == SourceLine.Role.RULE) {
                        gap = true;
                        afterRule |= l.role() == SourceLine.Role.RULE;
                        continue;
                    }
                    boolean numberOnly = l.text().matches("\\d{1,3}") && l.markers().isEmpty();
                    if (afterRule && numberOnly) {
                        noteLabel = l.text(); // the text printed a footnote's number on a line of its own
                        continue;
                    }
                    if (noteLabel != null) {
                        l = new SourceLine(l.page(), 0, noteLabel + " " + l.text(), l.span(), l.markers().stream()
                                .map(m -> new org.mandategraph.document.MarkerRun(m.kind(), m.label(), m.at() + noteLabel.length() + 1)).toList(),
                                l.role(), 0);
                        noteLabel = null;
                    }
                    if (numberOnly && lastY > 0 && !afterRule) {
                        // a marker the text put on a line of its own: printed raised after the line before
                        String t = printableText(l.text());
                        text(lastPage.cs, t, lastX, lastY - RISE * size / 10.5f, MARK * size / 10.5f);
                        lastX += width(t, MARK * size / 10.5f);
                        glue = true; // the text cut the printed line at its marker: the next line goes on after it
                        continue;
                    }
                    java.util.regex.Matcher label = NOTE_LABEL.matcher(l.text());
                    afterRule &= label.matches();
                    if (afterRule) {
                        // a footnote the text printed with a bare number below a rule: printed raised here
                        List<org.mandategraph.document.MarkerRun> ms = new ArrayList<>();
                        ms.add(new org.mandategraph.document.MarkerRun(org.mandategraph.document.MarkerRun.Kind.SUPERSCRIPT,
                                label.group(1).replace('∗', '*'), 0));
                        int cut = label.start(2);
                        for (org.mandategraph.document.MarkerRun m : l.markers()) {
                            ms.add(new org.mandategraph.document.MarkerRun(m.kind(), m.label(), Math.max(0, m.at() - cut)));
                        }
                        p = footnote(p, new SourceLine(l.page(), 0, l.text().substring(cut), l.span(), ms, l.role(), 0));
                        continue;
                    }
                    if (l.role() != SourceLine.Role.TEXT) {
                        continue; // the text's own furniture: this writer prints its own
                    }
                    if (!l.markers().isEmpty() && l.markers().get(0).at() == 0) {
                        p = footnote(p, l);
                        continue;
                    }
                    float s = l.heading() ? size * 1.25f : size;
                    float lead = s * 1.5f;
                    boolean glued = glue && !gap && !l.heading() && lastPage == p;
                    glue = false;
                    if (gap && p.y > TOP) {
                        p.y += s * 0.9f;
                    }
                    gap = false;
                    // paragraphs of text written one a line open with a 2 em indent, as the UN prints them
                    float x0 = glued ? lastX : LEFT + (hardWrapped || l.heading() ? l.indent() * s * 0.5f : 2 * s);
                    List<List<Piece>> wrapped = wrap(pieces(l, !glued), x0, LEFT, s);
                    for (int i = 0; i < wrapped.size(); i++) {
                        if (!(glued && i == 0)) {
                            if (p.y + lead > p.limit()) {
                                p = newPage();
                            }
                            p.y += lead;
                        }
                        lastX = draw(p.cs, wrapped.get(i), i == 0 ? x0 : LEFT, p.y, s);
                        lastY = p.y;
                        lastPage = p;
                    }
                }
                for (Page pg : pages) {
                    finish(pg);
                }
                doc.save(out.toFile());
            }
        } finally {
            pages.clear();
        }
    }

    /** Hard-wrapped text keeps its printed lines: the type is made small enough that the longest fits unwrapped. */
    private void fit(List<SourceLine> lines) throws IOException {
        float longest = 0;
        for (SourceLine l : lines) {
            if (l.role() == SourceLine.Role.TEXT) {
                longest = Math.max(longest, width(l.text(), 1) + l.indent() * 0.5f);
            }
        }
        float room = RIGHT - LEFT;
        hardWrapped = longest * size < 1.3f * room;
        if (hardWrapped && longest * size > 0.92f * room) {
            size = 0.92f * room / longest;
        }
    }

    /** A markdown file's YAML front matter (between two {@code ---} lines at its top) is no part of the printed page. */
    static List<SourceLine> withoutFrontMatter(List<SourceLine> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).role() == SourceLine.Role.BLANK) {
            i++;
        }
        if (i < lines.size() && lines.get(i).role() == SourceLine.Role.RULE) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(j).role() == SourceLine.Role.RULE) {
                    return lines.subList(j + 1, lines.size());
                }
            }
        }
        return lines;
    }

    private Page newPage() throws IOException {
        Page p = new Page();
        pages.add(p);
        return p;
    }

    private Page footnote(Page p, SourceLine l) throws IOException {
        List<Piece> ps = pieces(l, false);
        List<List<Piece>> wrapped = wrap(ps, LEFT, LEFT, NOTE);
        float h = wrapped.size() * NOTE * 1.3f;
        Page target = p;
        if (p.y > BOTTOM - (p.noteHeight + h + 14)) {
            target = newPage();
        }
        target.notes.addAll(wrapped);
        target.noteHeight += h;
        return target;
    }

    /** The line's words cut into pieces: markers raised, the first Han run drawn as fake bold. */
    private List<Piece> pieces(SourceLine l, boolean bold) {
        List<Piece> out = new ArrayList<>();
        String t = l.text();
        int boldFrom = -1;
        int boldTo = -1;
        if (bold && t.length() > 20) {
            int i = 0;
            while (i < Math.min(6, t.length()) && !isHan(t.charAt(i))) {
                i++;
            }
            if (i < t.length() && isHan(t.charAt(i))) {
                boldFrom = i;
                boldTo = i;
                while (boldTo < t.length() && boldTo - i < 4 && isHan(t.charAt(boldTo))) {
                    boldTo++;
                }
            }
        }
        int from = 0;
        int mi = 0;
        for (int i = 0; i <= t.length(); i++) {
            while (mi < l.markers().size() && l.markers().get(mi).at() == i) {
                addText(out, t.substring(from, i), from, boldFrom, boldTo);
                from = i;
                out.add(new Piece(l.markers().get(mi).label(), true, false));
                mi++;
            }
        }
        addText(out, t.substring(from), from, boldFrom, boldTo);
        return out;
    }

    private static void addText(List<Piece> out, String s, int at, int boldFrom, int boldTo) {
        if (s.isEmpty()) {
            return;
        }
        int a = Math.max(0, Math.min(s.length(), boldFrom - at));
        int b = Math.max(0, Math.min(s.length(), boldTo - at));
        if (boldFrom >= 0 && a < b) {
            if (a > 0) {
                out.add(new Piece(s.substring(0, a), false, false));
            }
            out.add(new Piece(s.substring(a, b), false, true));
            if (b < s.length()) {
                out.add(new Piece(s.substring(b), false, false));
            }
        } else {
            out.add(new Piece(s, false, false));
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Greedy wrapping: Han characters break anywhere, Latin words at spaces; a raised mark stays with its word. */
    private List<List<Piece>> wrap(List<Piece> pieces, float firstX, float nextX, float s) throws IOException {
        List<Piece> tokens = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.raised()) {
                tokens.add(p);
                continue;
            }
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < p.text().length(); i++) {
                char c = p.text().charAt(i);
                if (isHan(c) || c >= 0x3000 || c == ' ') {
                    if (word.length() > 0) {
                        tokens.add(new Piece(word.toString(), false, p.bold()));
                        word.setLength(0);
                    }
                    tokens.add(new Piece(String.valueOf(c), false, p.bold()));
                } else {
                    word.append(c);
                }
            }
            if (word.length() > 0) {
                tokens.add(new Piece(word.toString(), false, p.bold()));
            }
        }
        List<List<Piece>> lines = new ArrayList<>();
        List<Piece> cur = new ArrayList<>();
        float x = firstX;
        for (Piece t : tokens) {
            float w = t.raised() ? width(t.text(), MARK) : width(t.text(), s);
            boolean space = !t.raised() && t.text().equals(" ");
            if (!t.raised() && !space && x + w > RIGHT && !cur.isEmpty()) {
                lines.add(cur);
                cur = new ArrayList<>();
                x = nextX;
            }
            if (space && cur.isEmpty() && !lines.isEmpty()) {
                continue;
            }
            cur.add(t);
            x += w;
        }
        if (!cur.isEmpty()) {
            lines.add(cur);
        }
        return lines;
    }

    private float width(String s, float sz) throws IOException {
        float w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String c = new String(Character.toChars(cp));
            w += printable(cp) ? fontFor(cp).getStringWidth(c) / 1000 * sz : sz;
            i += Character.charCount(cp);
        }
        return w;
    }

    private boolean printable(int cp) {
        return fontFor(cp) != null;
    }

    private PDFont fontFor(int cp) {
        return fonts.computeIfAbsent(cp, k -> encodes(font, k) ? font : fallback != null && encodes(fallback, k) ? fallback : null);
    }

    private static boolean encodes(PDFont f, int cp) {
        try {
            f.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private String printableText(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(printable(cp) ? new String(Character.toChars(cp)) : "?"));
        return sb.toString();
    }

    private float draw(PDPageContentStream cs, List<Piece> line, float x, float y, float s) throws IOException {
        for (Piece p : line) {
            String t = printableText(p.text());
            if (p.raised()) {
                text(cs, t, x, y - RISE * s / 10.5f, MARK * s / 10.5f);
                x += width(t, MARK * s / 10.5f);
                continue;
            }
            int times = p.bold() ? 4 : 1;
            for (int k = 0; k < times; k++) {
                text(cs, t, x + 0.1f * k, y, s);
            }
            x += width(t, s);
        }
        return x;
    }

    private void text(PDPageContentStream cs, String t, float x, float y, float s) throws IOException {
        int i = 0;
        while (i < t.length()) {
            PDFont f = fontFor(t.codePointAt(i));
            int j = i;
            while (j < t.length() && fontFor(t.codePointAt(j)) == f) {
                j += Character.charCount(t.codePointAt(j));
            }
            String run = t.substring(i, j);
            cs.beginText();
            cs.setFont(f, s);
            cs.newLineAtOffset(x, H - y);
            cs.showText(run);
            cs.endText();
            x += width(run, s);
            i = j;
        }
    }

    /** Footnotes above their rule, then the page's furniture. */
    private void finish(Page p) throws IOException {
        PDPageContentStream cs = p.cs;
        int n = pages.indexOf(p) + 1;
        if (!p.notes.isEmpty()) {
            float y = BOTTOM - p.noteHeight;
            cs.setLineWidth(0.5f);
            cs.moveTo(LEFT, H - (y - 4));
            cs.lineTo(LEFT + 140, H - (y - 4));
            cs.stroke();
            for (List<Piece> line : p.notes) {
                y += NOTE * 1.3f;
                draw(cs, line, LEFT, y, NOTE);
            }
        }
        float sz = 8;
        if (symbol != null) {
            float w = width(symbol, n == 1 ? 14 : sz);
            text(cs, symbol, n % 2 == 1 ? RIGHT - w : LEFT, n == 1 ? 48 : 44, n == 1 ? 14 : sz);
        }
        if (n == 1) {
            text(cs, job + " (C)", LEFT, 812, sz);
            String bar = "*" + job.replace("-", "") + "*";
            text(cs, bar, RIGHT - width(bar, 10), 812, 10);
        } else {
            String num = n + "/" + pages.size();
            text(cs, n % 2 == 0 ? num : job, LEFT, 812, sz);
            String r = n % 2 == 0 ? job : num;
            text(cs, r, RIGHT - width(r, sz), 812, sz);
        }
        cs.close();
    }

    static void write(List<SourceLine> lines, String symbol, String job, File out) throws IOException {
        new UnPdfWriter(symbol, job).write(lines, out.toPath());
    }
}
