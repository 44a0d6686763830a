package org.mandategraph.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown and inline HTML as PDF-to-markdown tools write them: headings ({@code ##}), bold ({@code **},
 * {@code __}), backslash escapes, footnote markers ({@code <sup>1</sup>}, {@code [^1]}, a definition's
 * {@code [^1]:}) and other tags. Only the markdown reader
 * (and a {@code .txt} whose content is markdown) removes them.
 */
public final class MarkdownMarkup implements TextCleaner.Markup {
    public static final MarkdownMarkup INSTANCE = new MarkdownMarkup();

    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s+");
    private static final Pattern SUP = Pattern.compile("<sup>\\s*([0-9*∗]{1,3})\\s*</sup>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]{0,40}>");
    /** A footnote reference {@code [^1]}, and the start of a footnote definition {@code [^1]: text}. */
    private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[\\^(\\d{1,3})\\]");
    private static final Pattern FOOTNOTE_DEF = Pattern.compile("^\\s*\\[\\^(\\d{1,3})\\]:\\s*");
    private static final String[] INLINE = {"**", "__", "\\*", "\\[", "\\]", "\\_", "[^"};

    private MarkdownMarkup() {
    }

    @Override
    public String before(String s) {
        s = HEADING.matcher(s).replaceFirst("");
        s = s.replace("**", "").replace("__", "");
        s = s.replace("\\*", "*").replace("\\[", "[").replace("\\]", "]").replace("\\_", "_");
        Matcher d = FOOTNOTE_DEF.matcher(s);
        if (d.find()) {
            s = TextCleaner.reference(d.group(1)) + s.substring(d.end());
        }
        if (s.contains("[^")) {
            s = FOOTNOTE_REF.matcher(s).replaceAll(r -> Matcher.quoteReplacement(TextCleaner.reference(r.group(1))));
        }
        if (s.indexOf('<') < 0) {
            return s; // no <sup> (nor any tag for after())
        }
        Matcher m = SUP.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(TextCleaner.marker(m.group(1).replace('∗', '*'))));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Override
    public String after(String s) {
        return s.indexOf('<') < 0 ? s : TAG.matcher(s).replaceAll("");
    }

    /** The heading level a raw line is marked with ({@code ## x} is 2), 0 when it is no heading. */
    public static int headingLevel(String raw) {
        int i = 0;
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        int level = 0;
        while (i + level < raw.length() && raw.charAt(i + level) == '#') {
            level++;
        }
        return level;
    }

    /**
     * Whether some line of {@code text} carries markdown or HTML markup, so that the text is markdown whatever its
     * file name says. Text without any is cleaned alike by both readers.
     */
    public static boolean present(String text) {
        for (String line : text.split("\r\n|\r|\n", -1)) {
            String s = TextCleaner.halfWidthAlnum(line);
            if (headingLevel(s) > 0 || TAG.matcher(s).find()) {
                return true;
            }
            for (String mark : INLINE) {
                if (s.contains(mark)) {
                    return true;
                }
            }
        }
        return false;
    }
}
