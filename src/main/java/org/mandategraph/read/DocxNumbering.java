package org.mandategraph.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word's automatic numbering turned back into the numbers it prints: a counter per list and level, deeper levels
 * restarting when a shallower one moves on, each level's text ({@code %1.}, {@code (%2)}) filled in with the
 * counters in their formats. The segmenter needs the printed {@code 12.} and {@code (a)} that Word keeps out of
 * the paragraph's text.
 */
final class DocxNumbering {
    /** One level of a list definition: its format ({@code decimal}, {@code lowerLetter}…), text, start and suffix. */
    record Level(String format, String text, int start, String suffix) {
    }

    private final Map<String, int[]> counters = new HashMap<>();

    /**
     * The label printed before the next paragraph of list {@code list} at level {@code ilvl}, with its suffix (a
     * space for Word's tab or space, nothing for {@code nothing}); empty for bullets and unnumbered levels.
     */
    String next(String list, int ilvl, List<Level> levels) {
        if (ilvl < 0 || ilvl >= levels.size()) {
            return "";
        }
        int[] c = counters.computeIfAbsent(list, k -> new int[9]);
        Level l = levels.get(ilvl);
        c[ilvl] = c[ilvl] == 0 ? l.start() : c[ilvl] + 1;
        for (int k = ilvl + 1; k < c.length; k++) {
            c[k] = 0;
        }
        if (l.format() == null || l.format().equals("bullet") || l.format().equals("none") || l.text() == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        String t = l.text();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == '%' && i + 1 < t.length() && Character.isDigit(t.charAt(i + 1))) {
                int k = t.charAt(i + 1) - '1';
                if (k >= 0 && k < levels.size()) {
                    int v = c[k] == 0 ? levels.get(k).start() : c[k];
                    sb.append(format(v, levels.get(k).format()));
                }
                i++;
            } else {
                sb.append(ch);
            }
        }
        String label = sb.toString();
        return label.isEmpty() ? "" : label + ("nothing".equals(l.suffix()) ? "" : " ");
    }

    /** A counter in one of Word's number formats; formats this reader does not know print as decimal. */
    static String format(int n, String fmt) {
        if (fmt == null) {
            return Integer.toString(n);
        }
        return switch (fmt) {
            case "lowerLetter" -> letters(n);
            case "upperLetter" -> letters(n).toUpperCase(java.util.Locale.ROOT);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman" -> roman(n);
            default -> Integer.toString(n);
        };
    }

    /** Word's letters: a…z, then aa…zz, bbb… (the letter repeated, not base 26). */
    static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char c = (char) ('a' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        return RomanNumerals.toRoman(n);
    }
}
