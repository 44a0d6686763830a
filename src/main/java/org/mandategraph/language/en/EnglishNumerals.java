package org.mandategraph.language.en;

import org.mandategraph.read.RomanNumerals;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers as UN English prints them in headers and running text: digits, cardinal words ({@code twenty-two}),
 * ordinal words ({@code eightieth}, {@code eighty-first}: sessions and meetings are counted so) and Roman numerals
 * ({@code XXVI}: the sessions of pre-1976 resolution numbers, articles and chapters).
 */
public final class EnglishNumerals {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            // ordinals
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30),
            Map.entry("fortieth", 40), Map.entry("fiftieth", 50), Map.entry("sixtieth", 60),
            Map.entry("seventieth", 70), Map.entry("eightieth", 80), Map.entry("ninetieth", 90));

    private EnglishNumerals() {
    }

    /** Digits, cardinal or ordinal words, or a Roman numeral; 0 when {@code printed} is none of them. */
    public static int parse(String printed) {
        if (printed == null) {
            return 0;
        }
        String s = printed.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            return 0;
        }
        if (s.matches("\\d{1,9}")) {
            return Integer.parseInt(s);
        }
        if (s.matches("\\d{1,9}(?:st|nd|rd|th)")) {
            return Integer.parseInt(s.replaceAll("\\D", ""));
        }
        if (printed.strip().matches("[IVXLCDM]+")) {
            return parseRoman(printed.strip());
        }
        int total = 0;
        int current = 0;
        boolean any = false;
        for (String w : s.split("[\\s\\u2010-]+")) {
            if (w.equals("and")) {
                continue;
            }
            if (w.equals("hundred") || w.equals("hundredth")) {
                current = Math.max(current, 1) * 100;
            } else if (w.equals("thousand") || w.equals("thousandth")) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else {
                Integer v = UNITS.get(w);
                if (v == null) {
                    return 0;
                }
                current += v;
            }
            any = true;
        }
        return any ? total + current : 0;
    }

    /** {@code XXVI} → 26; 0 when the text is not a well-formed Roman numeral. */
    public static int parseRoman(String roman) {
        String r = roman.strip();
        return RomanNumerals.wellFormed(r) ? RomanNumerals.parse(r) : 0;
    }
}
