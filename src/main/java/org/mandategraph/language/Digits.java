package org.mandategraph.language;

/**
 * Runs of digits as documents print them. A number in a citation ({@code 第 24 条}, {@code paragraphs 3 to 5}) is
 * matched as a run of digits of any length, and bad input prints runs no {@code int} holds; such a number is kept
 * as printed but never expanded into a range.
 */
public final class Digits {
    /** More digits than this is no provision, session or document number; nine still fit an {@code int}. */
    private static final int MAX_DIGITS = 9;

    private Digits() {
    }

    /** The value of a run of decimal digits ({@code 007} → 7); -1 when it has more than nine or is no such run. */
    public static int value(String digits) {
        String s = digits.replaceFirst("^0+(?=\\d)", "");
        if (s.isEmpty() || s.length() > MAX_DIGITS || !s.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(s);
    }

    /** The number as the graph names it: its value, or for a run too long to have one, the digits without leading zeros. */
    public static String normal(String digits) {
        int v = value(digits);
        return v >= 0 ? String.valueOf(v) : digits.replaceFirst("^0+(?=\\d)", "");
    }
}
