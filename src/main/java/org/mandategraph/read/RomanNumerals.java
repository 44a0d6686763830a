package org.mandategraph.read;

import java.util.Locale;

/** Roman numerals, which every language's documents print for chapters and sessions ({@code V}, {@code XXVI}). */
public final class RomanNumerals {
    private static final String CANONICAL = "M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})";

    private RomanNumerals() {
    }

    /** The value of a run of Roman digits in either case ({@code XIV} → 14); -1 when it is not one. */
    public static int parse(String s) {
        if (s == null || s.isEmpty() || !s.matches("(?i)[IVXLCDM]+")) {
            return -1;
        }
        String r = s.toUpperCase(Locale.ROOT);
        int total = 0;
        for (int i = 0; i < r.length(); i++) {
            int v = value(r.charAt(i));
            int next = i + 1 < r.length() ? value(r.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        return total;
    }

    /** Whether {@code s} is a well-formed Roman numeral in its usual spelling ({@code XIV}, not {@code XIIII}). */
    public static boolean wellFormed(String s) {
        return s != null && !s.isEmpty() && s.toUpperCase(Locale.ROOT).matches(CANONICAL);
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            case 'M' -> 1000;
            default -> 0;
        };
    }

    /** An int as a Roman numeral ({@code 5} → {@code V}): chapter IRIs use this form whatever the text prints. */
    public static String toRoman(int n) {
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                sb.append(s[i]);
                n -= v[i];
            }
        }
        return sb.toString();
    }
}
