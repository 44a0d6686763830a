package org.mandategraph.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UN document symbols ({@code A/67/156}, {@code E/CN.15/2013/17}, {@code CTOC/COP/WG.7/2012/6}, {@code A/RES/66/177}):
 * how they look in running Chinese text and their normal form.
 */
public final class Symbols {
    /** A symbol: an upper-case series letter group, then at least two further slash-separated parts; or a Conference on Disarmament number. */
    public static final Pattern SYMBOL = Pattern.compile(
            "(?<![A-Za-z0-9./])((?:(?:A|E|S|ST|CTOC|CAC|UNEP|TD|DP|HRC|CRC|CEDAW|CCPR|CAT|UNW|ICCD|FCCC|E/CN|[A-Z]{1,6})"
                    // a special session's series (A/S-12/2), a conference's roman number (BWC/CONF.IX/9)
                    + "(?:\\s*/\\s*(?:S-\\d{1,2}|[A-Z][A-Za-z]*\\.?(?:\\d+|[IVXL]+)?(?:\\.\\d+)*|\\d+(?:\\.\\d+)?|\\d{1,4}\\s*\\(\\d{4}\\)))"
                    + "(?:\\s*/\\s*(?:[A-Z][A-Za-z]*\\.?(?:\\d+|[IVXL]+)?(?:\\.\\d+)*|\\d+(?:\\.\\d+)?|[A-Z]))+"
                    // the Conference on Disarmament numbers its documents in one series: CD/1839
                    + "|CD/\\d{3,5})"
                    + "(?:/(?:Add|Corr|Rev)\\.\\d+)*)(?![A-Za-z0-9])");

    private Symbols() {
    }

    /**
     * Whether {@link #SYMBOL} can occur in {@code text}: a symbol opens with a capital Latin letter and has a slash
     * after it. One scan, so that text with neither (most Chinese paragraphs) is not searched letter by letter.
     */
    public static boolean mayOccur(CharSequence text) {
        boolean capital = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                capital = true;
            } else if (c == '/' && capital) {
                return true;
            }
        }
        return false;
    }

    /** Removes spaces around slashes and trailing punctuation: {@code A / 66 / 177} → {@code A/66/177}. */
    public static String normalize(String s) {
        return s.replaceAll("\\s*/\\s*", "/").replaceAll("[\\p{Po}&&[^/*#%&@\\\\]]+$", "").strip();
    }

    /** Whether the string is shaped like a UN symbol (at least one slash, starts with a letter). */
    public static boolean looksLikeSymbol(String s) {
        return SYMBOL.matcher(s.strip()).matches();
    }

    /** All symbols in a text, in order, normalised. */
    public static List<String> findAll(CharSequence text) {
        List<String> out = new ArrayList<>();
        if (!mayOccur(text)) {
            return out;
        }
        Matcher m = SYMBOL.matcher(text);
        while (m.find()) {
            out.add(normalize(m.group(1)));
        }
        return out;
    }
}
