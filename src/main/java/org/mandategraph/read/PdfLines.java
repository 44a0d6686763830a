package org.mandategraph.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a page's printed lines from its glyphs: glyphs sharing a baseline form a row; a row of smaller glyphs
 * just above a line is that line's raised marks (footnote numbers), joined to it; a row is cut where a wide gap
 * separates two things printed side by side (a job number and a barcode); inside a line, a gap wider than a
 * fraction of the font size is a space, and raised digits become marker sentinels instead of text.
 */
final class PdfLines {
    /** Glyphs whose baselines differ by less than this share of their size stand on one row. */
    private static final float SAME_ROW = 0.3f;
    /** A glyph this much smaller than its line's main size, and raised, is a mark. */
    private static final float SMALLER = 0.85f;
    private static final float RAISED = 0.12f;
    /** A raised row this close above a line (share of the line's size) belongs to it. */
    private static final float MARK_ROW_REACH = 0.75f;
    /** A gap wider than this share of the font size is a space between words. */
    private static final float SPACE = 0.18f;
    /** A gap wider than this many font sizes separates two things printed on one row. */
    private static final float COLUMN_GAP = 3f;
    private static final String MARK_CHARS = "0123456789*∗†‡";

    private PdfLines() {
    }

    static List<PrintedLine> of(int page, List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = null;
        float rowBase = 0;
        float rowSize = 0;
        for (Glyph g : sorted) {
            if (row == null || g.baseline() - rowBase > SAME_ROW * Math.max(rowSize, g.size())) {
                row = new ArrayList<>();
                rows.add(row);
                rowBase = g.baseline();
                rowSize = g.size();
            }
            row.add(g);
            rowSize = Math.max(rowSize, g.size());
        }
        rows = mergeMarkRows(rows);
        List<PrintedLine> out = new ArrayList<>();
        for (List<Glyph> r : rows) {
            r.sort(Comparator.comparingDouble(Glyph::x));
            float dom = mainSize(r);
            int from = 0;
            for (int i = 1; i <= r.size(); i++) {
                if (i == r.size() || r.get(i).x() - r.get(i - 1).end() > COLUMN_GAP * dom) {
                    out.add(line(page, r.subList(from, i)));
                    from = i;
                }
            }
        }
        return out;
    }

    /** Joins each row of small glyphs standing just above a larger line to that line: they are its raised marks. */
    private static List<List<Glyph>> mergeMarkRows(List<List<Glyph>> rows) {
        List<List<Glyph>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Glyph> r = rows.get(i);
            if (i + 1 < rows.size()) {
                List<Glyph> next = rows.get(i + 1);
                float dom = mainSize(next);
                float maxSize = (float) r.stream().mapToDouble(Glyph::size).max().orElse(0);
                float gap = baseline(next, dom) - (float) r.stream().mapToDouble(Glyph::baseline).average().orElse(0);
                // a footnote's own number stands before its line's first word, a marker after a line's last
                float left = (float) next.stream().mapToDouble(Glyph::x).min().orElse(0) - 2 * dom;
                float right = (float) next.stream().mapToDouble(Glyph::end).max().orElse(0) + 2 * dom;
                boolean within = r.stream().allMatch(g -> g.x() >= left && g.end() <= right);
                if (maxSize < SMALLER * dom && gap > 0 && gap < MARK_ROW_REACH * dom && within) {
                    List<Glyph> merged = new ArrayList<>(next);
                    merged.addAll(r);
                    rows.set(i + 1, merged);
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }

    /** The font size most of the line's characters are printed in. */
    static float mainSize(List<Glyph> glyphs) {
        Map<Integer, Integer> count = new HashMap<>();
        for (Glyph g : glyphs) {
            count.merge(Math.round(g.size() * 2), g.text().length(), Integer::sum);
        }
        int best = count.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0);
        return best / 2f;
    }

    private static float baseline(List<Glyph> glyphs, float dom) {
        float[] bs = new float[glyphs.size()];
        int n = 0;
        for (Glyph g : glyphs) {
            if (Math.abs(g.size() - dom) <= 0.5f) {
                bs[n++] = g.baseline();
            }
        }
        if (n == 0) {
            return glyphs.get(0).baseline();
        }
        java.util.Arrays.sort(bs, 0, n);
        return bs[n / 2];
    }

    static PrintedLine line(int page, List<Glyph> glyphs) {
        float dom = mainSize(glyphs);
        float base = baseline(glyphs, dom);
        StringBuilder text = new StringBuilder();
        StringBuilder mark = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : glyphs) {
            boolean raised = g.size() < SMALLER * dom && g.baseline() < base - RAISED * dom;
            if (prev != null && g.x() - prev.end() > SPACE * Math.min(dom, Math.max(prev.size(), g.size()))) {
                flush(text, mark);
                text.append(' ');
            }
            if (raised) {
                mark.append(g.text());
            } else {
                flush(text, mark);
                text.append(g.text());
            }
            prev = g;
        }
        flush(text, mark);
        Glyph first = glyphs.get(0);
        float firstWord = first.width();
        if (first.text().charAt(0) < 0x2E80) {
            for (int i = 1; i < glyphs.size() && glyphs.get(i).x() - glyphs.get(i - 1).end() <= SPACE * dom; i++) {
                firstWord = glyphs.get(i).end() - first.x();
            }
        }
        float end = (float) glyphs.stream().mapToDouble(Glyph::end).max().orElse(first.end());
        return new PrintedLine(page, first.x(), end, base, dom, text.toString(), firstWord);
    }

    /** Ends a raised run: digits and stars become a marker; other raised text ({@code th}, {@code er}) stays text. */
    private static void flush(StringBuilder text, StringBuilder mark) {
        if (mark.length() == 0) {
            return;
        }
        boolean label = mark.chars().allMatch(c -> MARK_CHARS.indexOf(c) >= 0) && mark.length() <= 3;
        if (label) {
            String l = mark.toString().replace('∗', '*');
            text.append(TextCleaner.MARK_OPEN).append(l).append(TextCleaner.MARK_CLOSE);
        } else {
            text.append(mark);
        }
        mark.setLength(0);
    }
}
