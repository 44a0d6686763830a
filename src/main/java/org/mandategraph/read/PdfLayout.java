package org.mandategraph.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandategraph.document.Layout;
import org.mandategraph.document.MarkerRun;
import org.mandategraph.document.SourceLine;
import org.mandategraph.document.Span;

/**
 * Turns a PDF's printed lines into the {@link Layout} the segmenter reads, the same layout the text reader gives for
 * the same document: page furniture keeps its role; a page's foot printed smaller than the body, from its first
 * numbered line on, is its footnote area (a {@code RULE} line, then one line per footnote with its number as a
 * marker); body lines the writer wrapped (the next line's first word would not have fitted) are joined back into
 * the line the author wrote, across pages too, and a wider gap between lines is a blank line. Lines the writer
 * did not wrap stay apart, so the segmenter judges them as it judges a text file's.
 */
final class PdfLayout {
    /** Lines printed this much smaller than the body are footnote-sized. */
    private static final float FOOTNOTE_SIZE = 0.9f;
    /** Lines printed this much larger than the body are headings. */
    private static final float HEADING_SIZE = 1.12f;
    /** A gap between baselines wider than this many normal line pitches is a blank line. */
    private static final float BLANK_GAP = 1.45f;
    /** A numbered footnote line at a page's foot: {@code 3 United Nations, Treaty Series…}. */
    private static final Pattern NOTE_LABEL = Pattern.compile("^(\\d{1,3}|[*∗])\\s+(\\S.*)$");
    /** A line opening with its own paragraph or list label, which no writer's wrap produces. */
    private static final Pattern OWN_LABEL = Pattern.compile("^(?:\\d{1,3}\\.(?!\\d)|\\((?:[a-z]{1,3}|[ivxlc]{1,6}|\\d{1,2})\\)\\s|[a-z\\d]{1,2}\\)\\s)");

    /** The decoded text and its layout, each line's span pointing into the text. */
    record Built(String text, Layout layout) {
    }

    private PdfLayout() {
    }

    /** A page split into what its reader emits: heads, body lines, footnote lines, footers. */
    private record Parts(PdfGlyphs.Page page, List<PrintedLine> heads, List<PrintedLine> body, List<PrintedLine> notes,
                         List<PrintedLine> feet) {
    }

    static Built of(List<PdfGlyphs.Page> pages) {
        List<PageFurniture.Page> printed = new ArrayList<>();
        for (PdfGlyphs.Page p : pages) {
            printed.add(new PageFurniture.Page(p.height(), PdfLines.of(p.number(), DuplicateGlyphs.collapse(p.glyphs()))));
        }
        Map<PrintedLine, SourceLine.Role> furniture = PageFurniture.of(printed);
        float bodySize = bodySize(printed, furniture);
        List<Parts> parts = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            parts.add(split(pages.get(i), printed.get(i).lines(), furniture, bodySize));
        }
        float pitch = pitch(parts, bodySize);
        Emitter em = new Emitter(bodySize);
        for (Parts p : parts) {
            float left = (float) p.body().stream().mapToDouble(PrintedLine::x).min().orElse(0);
            float right = Math.max((float) p.body().stream().mapToDouble(PrintedLine::end).max().orElse(0),
                    p.page().width() - left);
            em.left = left;
            for (PrintedLine h : p.heads()) {
                em.furniture(h, SourceLine.Role.RUNNING_HEAD);
            }
            PrintedLine prev = null;
            for (PrintedLine b : p.body()) {
                boolean joined = em.pending.isEmpty() ? false
                        : prev == null ? continuesAcrossPages(em.last(), b, em.lastRight, left)
                        : joins(em.last(), b, right, em.pending.size() > 1, pitch * (em.last().size() / bodySize));
                if (joined) {
                    em.pending.add(b);
                } else {
                    em.flush();
                    boolean gap = prev == null ? !em.lines.isEmpty() && em.hadBody
                            : b.baseline() - prev.baseline() > BLANK_GAP * pitch * (b.size() / bodySize);
                    if (gap) {
                        em.blank();
                    }
                    em.pendingLeft = left;
                    em.pending.add(b);
                }
                em.lastRight = right;
                prev = b;
            }
            em.notes(p.notes());
            for (PrintedLine f : p.feet()) {
                em.furniture(f, SourceLine.Role.PAGE_FOOTER);
            }
        }
        em.flush();
        return new Built(em.text.toString(), new Layout(em.lines, true));
    }

    private static Parts split(PdfGlyphs.Page page, List<PrintedLine> lines, Map<PrintedLine, SourceLine.Role> furniture,
                               float bodySize) {
        List<PrintedLine> heads = new ArrayList<>();
        List<PrintedLine> feet = new ArrayList<>();
        List<PrintedLine> rest = new ArrayList<>();
        for (PrintedLine l : lines) {
            SourceLine.Role r = furniture.get(l);
            if (r == SourceLine.Role.RUNNING_HEAD) {
                heads.add(l);
            } else if (r == SourceLine.Role.PAGE_FOOTER) {
                feet.add(l);
            } else {
                rest.add(l);
            }
        }
        int k = rest.size();
        while (k > 0 && rest.get(k - 1).size() < FOOTNOTE_SIZE * bodySize) {
            k--;
        }
        int start = rest.size();
        for (int i = k; i < rest.size(); i++) {
            if (labelled(rest.get(i))) {
                start = i;
                break;
            }
        }
        return new Parts(page, heads, new ArrayList<>(rest.subList(0, start)), new ArrayList<>(rest.subList(start, rest.size())), feet);
    }

    static boolean labelled(PrintedLine l) {
        return l.opensWithMark() || NOTE_LABEL.matcher(l.visible()).matches();
    }

    /**
     * Whether {@code next}, printed right below {@code cur} on the same page, goes on with cur's sentence: cur is
     * full (next's first word had no room), they are in one size at the usual pitch, and next neither opens with
     * its own label nor is indented like a new paragraph after continuation lines.
     */
    static boolean joins(PrintedLine cur, PrintedLine next, float right, boolean curContinues, float pitch) {
        // pitch: the usual baseline distance for cur's size
        boolean sameSize = Math.abs(next.size() - cur.size()) < 0.75f;
        boolean close = next.baseline() - cur.baseline() <= BLANK_GAP * pitch;
        boolean indentedNew = curContinues && next.x() > cur.x() + 0.5f * cur.size();
        return sameSize && close && wrapped(cur, next, right) && !indentedNew && !ownLabel(next);
    }

    /** Whether the first body line of a page goes on with the last one of the page before. */
    static boolean continuesAcrossPages(PrintedLine cur, PrintedLine next, float curRight, float nextLeft) {
        return Math.abs(next.size() - cur.size()) < 0.75f && wrapped(cur, next, curRight)
                && next.x() <= nextLeft + 0.5f * next.size() && !ownLabel(next);
    }

    /** The writer wrapped {@code cur}: what is left of its line is narrower than {@code next}'s first word. */
    static boolean wrapped(PrintedLine cur, PrintedLine next, float right) {
        return right - cur.end() < next.firstWordWidth() + 0.6f * cur.size();
    }

    private static boolean ownLabel(PrintedLine l) {
        return OWN_LABEL.matcher(l.visible()).find();
    }

    private static float bodySize(List<PageFurniture.Page> pages, Map<PrintedLine, SourceLine.Role> furniture) {
        Map<Integer, Integer> count = new HashMap<>();
        for (PageFurniture.Page p : pages) {
            for (PrintedLine l : p.lines()) {
                if (!furniture.containsKey(l)) {
                    count.merge(Math.round(l.size() * 2), l.text().length(), Integer::sum);
                }
            }
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(10f);
    }

    /** The usual distance between the baselines of two body lines. */
    private static float pitch(List<Parts> parts, float bodySize) {
        List<Float> d = new ArrayList<>();
        for (Parts p : parts) {
            for (int i = 1; i < p.body().size(); i++) {
                PrintedLine a = p.body().get(i - 1);
                PrintedLine b = p.body().get(i);
                float diff = b.baseline() - a.baseline();
                if (Math.abs(a.size() - bodySize) < 0.5f && Math.abs(b.size() - bodySize) < 0.5f && diff > 0.5f * bodySize) {
                    d.add(diff);
                }
            }
        }
        if (d.isEmpty()) {
            return 1.3f * bodySize;
        }
        float[] a = new float[d.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = d.get(i);
        }
        Arrays.sort(a);
        // the lower quartile: the pitch inside paragraphs, not the gaps between them
        return a[a.length / 4];
    }

    /** Writes lines into the text in reading order; furniture and footnotes wait for a paragraph that goes on past them. */
    private static final class Emitter {
        final StringBuilder text = new StringBuilder();
        final List<SourceLine> lines = new ArrayList<>();
        final List<PrintedLine> pending = new ArrayList<>();
        final List<Runnable> deferred = new ArrayList<>();
        final float bodySize;
        float left;
        float pendingLeft;
        float lastRight;
        boolean hadBody;

        Emitter(float bodySize) {
            this.bodySize = bodySize;
        }

        PrintedLine last() {
            return pending.get(pending.size() - 1);
        }

        void later(Runnable r) {
            if (pending.isEmpty()) {
                r.run();
            } else {
                deferred.add(r);
            }
        }

        void furniture(PrintedLine l, SourceLine.Role role) {
            later(() -> add(l.page(), 0, l.text(), role, 0));
        }

        void blank() {
            add(lines.isEmpty() ? 1 : lines.get(lines.size() - 1).page(), 0, "", SourceLine.Role.BLANK, 0);
        }

        void notes(List<PrintedLine> notes) {
            if (notes.isEmpty()) {
                return;
            }
            int page = notes.get(0).page();
            List<String> texts = new ArrayList<>();
            for (PrintedLine n : notes) {
                String t = n.text();
                Matcher m = NOTE_LABEL.matcher(t);
                if (!n.opensWithMark() && m.matches() && labelled(n)) {
                    t = TextCleaner.marker(m.group(1).replace('∗', '*')) + m.group(2);
                }
                if (labelled(n) || texts.isEmpty()) {
                    texts.add(t);
                } else {
                    texts.set(texts.size() - 1, join(texts.get(texts.size() - 1), t));
                }
            }
            later(() -> {
                add(page, 0, "", SourceLine.Role.RULE, 0);
                for (String t : texts) {
                    add(page, 0, t, SourceLine.Role.TEXT, 0);
                }
            });
        }

        void flush() {
            if (!pending.isEmpty()) {
                PrintedLine first = pending.get(0);
                String t = first.text();
                for (int i = 1; i < pending.size(); i++) {
                    t = join(t, pending.get(i).text());
                }
                int indent = Math.max(0, Math.round((first.x() - pendingLeft) / (0.5f * first.size())));
                int heading = first.size() >= HEADING_SIZE * bodySize ? (first.size() >= 1.45f * bodySize ? 1 : 2) : 0;
                pending.clear();
                add(first.page(), indent, t, SourceLine.Role.TEXT, heading, first.x(), first.baseline());
                hadBody = true;
            }
            List<Runnable> d = new ArrayList<>(deferred);
            deferred.clear();
            d.forEach(Runnable::run);
        }

        void add(int page, int indent, String raw, SourceLine.Role role, int heading) {
            add(page, indent, raw, role, heading, Float.NaN, Float.NaN);
        }

        void add(int page, int indent, String raw, SourceLine.Role role, int heading, float left, float baseline) {
            String clean = TextCleaner.cleanLine(raw, TextCleaner.Markup.NONE);
            List<MarkerRun> markers = new ArrayList<>();
            String words = TextLayout.takeMarkers(clean, markers);
            SourceLine.Role r = role == SourceLine.Role.TEXT && words.isEmpty() && markers.isEmpty() ? SourceLine.Role.BLANK : role;
            int start = text.length();
            text.append(words);
            lines.add(new SourceLine(page, indent, words, new Span(start, text.length()), markers, r,
                    r == SourceLine.Role.TEXT ? heading : 0, left, baseline));
            text.append('\n');
        }
    }

    /**
     * Joins two printed pieces of one line of text: a space between Latin pieces (not after a hyphen), none between
     * Chinese ones; marker sentinels at the seam are looked through.
     */
    static String join(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return left + right;
        }
        char a = lastVisible(left);
        char b = right.charAt(0) == TextCleaner.MARK_OPEN ? firstAfterMarker(right) : right.charAt(0);
        boolean latin = a != 0 && b != 0 && a < 0x2E80 && b < 0x2E80 && a != '-' && !Character.isWhitespace(a);
        return latin ? left + " " + right : left + right;
    }

    private static char lastVisible(String s) {
        int i = s.length() - 1;
        while (i >= 0) {
            char c = s.charAt(i);
            if (c == TextCleaner.MARK_CLOSE) {
                i = s.lastIndexOf(TextCleaner.MARK_OPEN, i) - 1;
                continue;
            }
            return c;
        }
        return 0;
    }

    private static char firstAfterMarker(String s) {
        int j = s.indexOf(TextCleaner.MARK_CLOSE);
        return j >= 0 && j + 1 < s.length() ? s.charAt(j + 1) : 0;
    }
}
