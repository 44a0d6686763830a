package org.mandategraph.language.zh;

/** Chinese numerals as printed in UN texts ({@code 六十六} → 66, {@code 二十二} → 22, {@code 一百零五} → 105). */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** Parses a Chinese or Arabic numeral; returns -1 when the text is not a numeral. */
    public static int parse(String s) {
        if (s == null || s.isBlank()) {
            return -1;
        }
        s = s.strip().replace('〇', '零').replace('两', '二');
        if (s.chars().allMatch(Character::isDigit)) {
            // a run too long for an int is no number a document prints
            return s.length() > 9 ? -1 : Integer.parseInt(s);
        }
        int total = 0;
        int section = 0;
        int digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -2;
            };
            if (unit == -2) {
                return -1;
            }
            if (unit == 10000) {
                total = (total + section + Math.max(digit, 0)) * 10000;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return total + section + Math.max(digit, 0);
    }

    /** 1…99 as sessions are printed ({@code 十一}, {@code 二十}, {@code 六十六}). */
    public static String print(int n) {
        if (n < 10) {
            return n == 0 ? "" : String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
