package org.mandategraph.lexicon;

import org.mandategraph.read.Width;

/**
 * How names are matched in one language's text, supplied by that language: Chinese ignores spaces inside names
 * ({@code 1988 年} is {@code 1988年}) and needs no word boundaries; English folds case, treats runs of spaces as
 * one and matches whole words only. The gazetteer holds the names of one language and matches them by these rules.
 *
 * @param language       BCP 47 tag whose labels are the names ({@code zh}, {@code en})
 * @param ignoreSpaces   spaces inside a name or the text are skipped while matching
 * @param foldCase       letters are compared without case
 * @param wordBoundaries a match must start and end at a word boundary
 */
public record MatchRules(String language, boolean ignoreSpaces, boolean foldCase, boolean wordBoundaries) {

    /**
     * Whether spaces after {@code previous} are dropped: where words are matched whole, a hyphen followed by spaces is
     * a hyphen that PDF extraction split from the rest of its word ({@code nuclear- weapon States}).
     */
    public boolean joinsAfterHyphen(char previous) {
        return wordBoundaries && (previous == '-' || previous == '\u2010' || previous == '\u2011');
    }

    /** Whether matching skips {@code c}. */
    public boolean skips(char c) {
        return ignoreSpaces && isSpace(c);
    }

    /**
     * {@link Character#isWhitespace}, the ideographic space included; no character above {@code U+3000} is white space, so text
     * of the CJK blocks is answered without a lookup (the matcher asks for every character of every text).
     */
    static boolean isSpace(char c) {
        return c <= 0x3000 && Character.isWhitespace(c); // the ideographic space U+3000 is white space too
    }

    /**
     * The form of a character matching compares: full-width brackets as ASCII, the hyphen and non-breaking hyphen
     * of PDF text ({@code Non\u2011Proliferation}) as the hyphen-minus names are written with, case folded where asked.
     */
    public char fold(char c) {
        char a = Width.ascii(c);
        char f = a == '(' || a == ')' ? a : c == '\u2010' || c == '\u2011' ? '-' : c;
        return foldCase ? Character.toLowerCase(f) : f;
    }

    /** A name as the index keeps it: skipped characters dropped (or runs of spaces made one), the rest folded. */
    public String normalize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (skips(c)) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0 && !joinsAfterHyphen(sb.charAt(sb.length() - 1))) {
                sb.append(' ');
            }
            space = false;
            sb.append(fold(c));
        }
        return sb.toString();
    }
}
