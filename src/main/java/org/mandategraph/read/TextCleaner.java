package org.mandategraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-level cleaning of SPEC §5 rule 1: a format's markup removed (markdown's by {@link MarkdownMarkup}),
 * repeated "bold" runs of PDF extraction collapsed, printed footnote markers turned into {@link #MARK_OPEN
 * sentinels}. Readers take the sentinels out again into {@link org.mandategraph.document.MarkerRun}s (see
 * {@link TextLayout}); the segmenter uses them only inside its own working text. Joining wrapped lines is the
 * segmenter's job: it needs to know where paragraphs start.
 */
public final class TextCleaner {
    /** Opens a sure footnote marker ({@code ¹}, {@code <sup>1</sup>}) in cleaned text; closed by {@link #MARK_CLOSE}. */
    public static final char MARK_OPEN = '\uE000';
    public static final char MARK_CLOSE = '\uE001';
    /**
     * Opens a footnote reference the format marks as such (markdown {@code [^1]}), closed by {@link #REF_CLOSE}; the
     * layout reports it as {@code FOOTNOTE_REFERENCE} and gives it back as a sure marker.
     */
    public static final char REF_OPEN = '\uE004';
    public static final char REF_CLOSE = '\uE005';
    /** Opens a candidate marker (a bare digit in PDF text) that is kept only if the footnote exists. */
    public static final char CAND_OPEN = '\uE002';
    public static final char CAND_CLOSE = '\uE003';

    private static final Pattern SUPERSCRIPT_DIGITS = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+");
    /** A Han run repeated three or more times in a row: how PDF extraction renders bold text. */
    private static final Pattern BOLD_RUN = Pattern.compile("(\\p{IsHan}{1,30}?)\\1{2,}");
    private static final Pattern SPACES = Pattern.compile("[\\t\\p{Zs}]+");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private TextCleaner() {
    }

    /**
     * The characters a file holds, with any that read as one of the cleaner's marker sentinels (private-use
     * {@code U+E000}–{@code U+E005}, which some fonts and converters emit) replaced by {@code U+FFFD}, so input can
     * never open a marker or leave a sentinel in a line's words. Readers apply it to what they read before they
     * put markers of their own in.
     */
    public static String withoutSentinels(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= MARK_OPEN && c <= REF_CLOSE) {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, '\uFFFD');
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Cleans one physical line of markdown (the markdown reader's cleaning); see {@link #cleanLine(String, Markup)}. */
    public static String cleanLine(String raw) {
        return cleanLine(raw, MarkdownMarkup.INSTANCE);
    }

    /**
     * Markup of one input format, removed from a line around the format-neutral cleaning: {@code before} runs on
     * the half-width line before printed superscripts become markers, {@code after} once they have.
     */
    public interface Markup {
        Markup NONE = new Markup() {
        };

        default String before(String line) {
            return line;
        }

        default String after(String line) {
            return line;
        }
    }

    /**
     * Cleans one physical line: the format's markup, bold runs, printed superscripts as {@link #MARK_OPEN
     * markers}; keeps the line's words as printed.
     */
    public static String cleanLine(String raw, Markup markup) {
        String s = markup.before(halfWidthAlnum(raw));
        if (hasAny(s, SUPERSCRIPTS)) {
            Matcher m = SUPERSCRIPT_DIGITS.matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                StringBuilder digits = new StringBuilder();
                for (char c : m.group().toCharArray()) {
                    digits.append(SUPERSCRIPTS.indexOf(c));
                }
                m.appendReplacement(sb, Matcher.quoteReplacement(MARK_OPEN + digits.toString() + MARK_CLOSE));
            }
            m.appendTail(sb);
            s = sb.toString();
        }
        s = oldStyleMarkers(s);
        s = markup.after(s);
        s = collapseBoldRuns(s);
        s = spacesAsOne(s);
        if (s.contains("- ")) {
            s = WRAPPED_HYPHEN.matcher(s).replaceAll("-");
        }
        return s.strip();
    }

    // Every line of every document passes here, so each rule below first asks, in one scan, whether its pattern can
    // match at all (each needs a character the scan looks for) and leaves most lines without running a regex.

    /** Whether {@code s} holds one of the characters of {@code chars}. */
    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} opens a marker of any kind: most text has none, and is then its own unmarked text. */
    private static boolean opensMarker(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == MARK_OPEN || c == CAND_OPEN || c == REF_OPEN) {
                return true;
            }
        }
        return false;
    }

    /** Runs of spaces, tabs and other space separators (no-break, ideographic) as one space ({@link #SPACES}). */
    private static String spacesAsOne(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && isSpace(c) || c == ' ' && i + 1 < s.length() && isSpace(s.charAt(i + 1))) {
                return SPACES.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    /** What {@link #SPACES} matches: a tab or any space separator (Unicode Zs). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c >= 0xA0 && Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /**
     * A compound's hyphen left with a space after it where the PDF line wrapped ({@code nuclear- weapon-free}); not
     * a hyphen shared by two words ({@code pre- and post-conflict}).
     */
    private static final Pattern WRAPPED_HYPHEN = Pattern.compile(
            "(?<=\\p{IsLatin}{2})- (?=\\p{IsLatin})(?!(?:and|or|nor|to)\\b)");

    /** An old-style footnote marker after a word: {@code 《公约》2/和}, {@code Convention 3/,}; not {@code 2019/19}. */
    private static final Pattern OLD_STYLE_MARKER = Pattern.compile("(?<=[\\p{L}\\p{Pe}\\p{Pf}])(\\d{1,2})/(?![\\d/A-Za-z])");
    /** An old-style footnote at the start of its line: {@code 2/ 联合国，《条约汇编》…}. */
    private static final Pattern OLD_STYLE_NOTE = Pattern.compile("^(\\s*)(\\d{1,3})/(?=\\s+\\S)");

    /** Old-style markers ({@code 1/}, as the UN printed them before superscripts) as sure markers. */
    static String oldStyleMarkers(String line) {
        if (line.indexOf('/') < 0) {
            return line; // both shapes have a slash
        }
        String s = OLD_STYLE_NOTE.matcher(line).replaceFirst(r -> Matcher.quoteReplacement(r.group(1) + marker(r.group(2))));
        return OLD_STYLE_MARKER.matcher(s).replaceAll(r -> Matcher.quoteReplacement(marker(r.group(1))));
    }

    /** A sure marker around {@code label}, as {@link Markup#before} writes one for markup that raises a number. */
    static String marker(String label) {
        return MARK_OPEN + label + MARK_CLOSE;
    }

    /** A footnote reference around {@code label}, as {@link Markup#before} writes one for a format's own references. */
    static String reference(String label) {
        return REF_OPEN + label + REF_CLOSE;
    }

    /**
     * Full-width digits, Latin letters and slashes ({@code １２．}, {@code Ａ／６６}) as half-width, so numbers and
     * symbols read alike; Chinese punctuation is kept as printed.
     */
    static String halfWidthAlnum(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char a = Width.ascii(c);
            char h = a != c && (a >= '0' && a <= '9' || a >= 'A' && a <= 'Z' || a >= 'a' && a <= 'z' || a == '/') ? a : c;
            if (h != c && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            }
            if (sb != null) {
                sb.append(h);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** {@code 认识到认识到认识到认识到} → {@code 认识到}; {@code 邀邀邀邀请请请请} → {@code 邀请}. */
    public static String collapseBoldRuns(String s) {
        while (mayRepeatHan(s)) {
            String next = BOLD_RUN.matcher(s).replaceAll("$1");
            if (next.equals(s)) {
                break;
            }
            s = next;
        }
        return s;
    }

    /**
     * Whether {@link #BOLD_RUN} can match: some Han character recurs twice at one distance of at most 30, as the
     * first character of a run repeated three times must. Text with characters outside the BMP is not scanned.
     */
    private static boolean mayRepeatHan(String s) {
        int n = s.length();
        for (int i = 0; i + 2 < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                return true;
            }
            if (c < 0x2E80) {
                continue; // no Han character lies below the CJK radicals
            }
            for (int len = 1; len <= 30 && i + 2 * len < n; len++) {
                if (s.charAt(i + len) == c && s.charAt(i + 2 * len) == c
                        && (c >= 0x4E00 && c <= 0x9FFF || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Joins two wrapped pieces of one sentence: no space between Chinese characters, one between Latin words. */
    public static String join(String left, String right) {
        if (left.isEmpty()) {
            return right;
        }
        if (right.isEmpty()) {
            return left;
        }
        char a = left.charAt(left.length() - 1);
        char b = right.charAt(0);
        boolean latinA = a < 0x2E80 && Character.isLetterOrDigit(a);
        boolean latinB = b < 0x2E80 && Character.isLetterOrDigit(b);
        if (latinA && latinB) {
            return left + " " + right;
        }
        // Latin text wrapped after punctuation ("Development," / "Production"): the words keep their space; a
        // compound's hyphen ("Nuclear-" / "Weapon-Free") and an opening bracket or quote do not take one
        boolean latinPunctA = a < 0x2E80 && !Character.isWhitespace(a) && "-([{“‘/".indexOf(a) < 0
                && left.length() >= 2 && isLatin(left.charAt(left.length() - 2));
        return latinPunctA && latinB ? left + " " + right : left + right;
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && (Character.isLetterOrDigit(c) || c == ')' || c == ']' || c == '”' || c == '’');
    }

    /** Text with markers removed, and the marker numbers in order of appearance. */
    public record Unmarked(String text, List<String> markers) {
    }

    /**
     * Removes marker sentinels. A marker becomes a link only when {@code footnoteExists} says the document has
     * that footnote: a sure marker whose footnote is missing links nowhere and is dropped, a candidate turns back into
     * its digits (a bare number line that is no footnote marker is a page number and is dropped).
     */
    public static Unmarked unmark(String s, java.util.function.Predicate<String> footnoteExists) {
        if (!opensMarker(s)) {
            return new Unmarked(spacesAsOne(s).strip(), new ArrayList<>());
        }
        StringBuilder out = new StringBuilder();
        List<String> markers = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == MARK_OPEN || c == CAND_OPEN || c == REF_OPEN) {
                char close = c == MARK_OPEN ? MARK_CLOSE : c == REF_OPEN ? REF_CLOSE : CAND_CLOSE;
                int j = s.indexOf(close, i);
                if (j < 0) {
                    i++;
                    continue;
                }
                String num = s.substring(i + 1, j);
                String label = num.startsWith("!") ? num.substring(1) : num;
                if (footnoteExists.test(label)) {
                    if (!markers.contains(label)) {
                        markers.add(label);
                    }
                } else if (c == CAND_OPEN && !num.startsWith("!")) {
                    out.append(label).append(' ');
                }
                i = j + 1;
                continue;
            }
            out.append(c);
            i++;
        }
        String text = spacesAsOne(out.toString()).strip();
        return new Unmarked(text, markers);
    }
}
