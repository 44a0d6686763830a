package org.mandategraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mandategraph.document.SourceLine;

/**
 * Finds page furniture: lines in a page's top or bottom margin that repeat on other pages (the same words, the
 * digits aside: running heads, job numbers, a program's date and title) or that read as a page number, a job
 * number, a barcode or the document's symbol. Words in a margin that are neither (the body's name printed at the
 * top of page 1) stay text.
 */
final class PageFurniture {
    /** Shares of the page height that count as its top and bottom margins. */
    static final float TOP = 0.075f;
    static final float BOTTOM = 0.07f;
    /** Words printed before a page number, per language: data ({@code page-labels.txt}), not code. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:\\d{1,4}|\\d{1,4}\\s*/\\s*\\d{1,4}|-\\s*\\d{1,4}\\s*-|(?:" + labels() + ")\\s*\\d{1,4}.*)$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** A page's printed lines and its height. */
    record Page(float height, List<PrintedLine> lines) {
    }

    private PageFurniture() {
    }

    private static String labels() {
        try (InputStream in = PageFurniture.class.getResourceAsStream("page-labels.txt")) {
            if (in == null) {
                throw new IllegalStateException("page-labels.txt missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(Pattern::quote)
                    .collect(Collectors.joining("|"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The role of each furniture line (a running head at the top, a page footer at the bottom). */
    static Map<PrintedLine, SourceLine.Role> of(List<Page> pages) {
        Map<String, Set<Integer>> seen = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (PrintedLine l : pages.get(p).lines()) {
                String zone = zone(pages.get(p), l);
                if (zone != null) {
                    seen.computeIfAbsent(zone + key(l), k -> new HashSet<>()).add(p);
                }
            }
        }
        Map<PrintedLine, SourceLine.Role> out = new HashMap<>();
        for (Page page : pages) {
            for (PrintedLine l : page.lines()) {
                String zone = zone(page, l);
                if (zone == null) {
                    continue;
                }
                String v = l.visible();
                boolean repeated = seen.get(zone + key(l)).size() >= 2;
                if (repeated || PAGE_NUMBER.matcher(v).matches() || TextLayout.PAGE_FOOTER.matcher(v).matches()
                        || TextLayout.RUNNING_HEAD.matcher(v).matches()) {
                    out.put(l, zone.equals("top") ? SourceLine.Role.RUNNING_HEAD : SourceLine.Role.PAGE_FOOTER);
                }
            }
        }
        return out;
    }

    private static String zone(Page page, PrintedLine l) {
        return l.baseline() < TOP * page.height() ? "top"
                : l.baseline() > (1 - BOTTOM) * page.height() ? "bottom" : null;
    }

    /** The line's words with digits and spaces aside, so {@code 2/5} and {@code 3/5} are the same furniture. */
    static String key(PrintedLine l) {
        return DIGITS.matcher(l.visible()).replaceAll("#").replace(" ", "");
    }
}
