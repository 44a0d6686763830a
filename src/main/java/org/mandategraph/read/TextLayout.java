package org.mandategraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandategraph.document.Layout;
import org.mandategraph.document.MarkerRun;
import org.mandategraph.document.SourceLine;
import org.mandategraph.document.Span;

/**
 * Lays out decoded text, as the text and markdown readers see it: one {@link SourceLine} per physical line with
 * its span, indent (leading white space), page (counted from form feeds and from page furniture: a footer ends a
 * page, a running head after some text starts one), role, markdown heading level, and the printed markers taken
 * out of the cleaned words into {@link MarkerRun}s.
 */
public final class TextLayout {
    /** A rule printed above a page's footnotes. */
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:-{3,}|_{5,}|—{3,}|\\*{3,})\\s*$");
    /** Page numbers ({@code 3/12}, {@code - 3 -}) and job numbers ({@code V.12-34567}, {@code 12-34567 (C)}). */
    static final Pattern PAGE_FOOTER = Pattern.compile(
            "^(?:\\d{1,3}\\s*/\\s*\\d{1,3}|-\\s*\\d{1,3}\\s*-|[A-Z]?\\.?\\d{2}-\\d{5}.*|GE\\.\\d{2}-\\d{5}.*|\\d{2}-\\d{5}\\s*\\(C\\).*)$");
    /** A running head: the document's symbol alone at the top of a page ({@code A/RES/69/196}), or a barcode. */
    static final Pattern RUNNING_HEAD = Pattern.compile(
            "^(?:[A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,}(?:\\s*\\(\\d{4}\\))?(?:\\s*-\\s*[A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,})?|\\*\\d{5,}\\*)$");
    /** A YAML front matter block: {@code ---}, up to 60 {@code key: value} lines, {@code ---} or {@code ...}. */
    private static final Pattern FRONT_MATTER = Pattern.compile(
            "\\A\\uFEFF?---[ \\t]*\\r?\\n(?:[A-Za-z_][\\w\\-]*[ \\t]*:[^\\r\\n]*\\r?\\n|[ \\t]+[^\\r\\n]*\\r?\\n|#[^\\r\\n]*\\r?\\n){0,60}?(?:---|\\.\\.\\.)[ \\t]*(?=\\r?\\n|\\z)");
    /** A wide band of spaces is a rule too, as some extractions render one. */
    private static final int BLANK_RULE_WIDTH = 20;

    private TextLayout() {
    }

    /** The layout of plain text, or of markdown when the text carries markdown markup whatever its name. */
    public static Layout ofText(String text) {
        return MarkdownMarkup.present(text) ? ofMarkdown(text) : of(text, TextCleaner.Markup.NONE, false);
    }

    public static Layout ofMarkdown(String text) {
        return of(text, MarkdownMarkup.INSTANCE, true);
    }

    /** Lays out {@code text} for the format named ({@code text}, {@code markdown}), as its reader would. */
    public static Layout forFormat(String format, String text) {
        return DocumentFormat.MARKDOWN.name().equals(format) ? ofMarkdown(text) : ofText(text);
    }

    static Layout of(String text, TextCleaner.Markup markup, boolean headings) {
        List<SourceLine> out = new ArrayList<>();
        int page = 1;
        boolean textOnPage = false;
        int i = 0;
        int n = text.length();
        int metadataEnd = frontMatterEnd(text);
        while (i <= n) {
            int j = i;
            while (j < n && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
                j++;
            }
            String raw = i < metadataEnd ? "" : text.substring(i, j);
            int lead = 0;
            while (lead < raw.length() && Character.isWhitespace(raw.charAt(lead))) {
                if (raw.charAt(lead) == '\f') {
                    page++;
                    textOnPage = false;
                }
                lead++;
            }
            int trail = raw.length();
            while (trail > lead && Character.isWhitespace(raw.charAt(trail - 1))) {
                trail--;
            }
            boolean separator = SEPARATOR.matcher(raw).matches();
            boolean rule = separator || (raw.length() >= BLANK_RULE_WIDTH && raw.isBlank());
            String clean = separator ? "" : TextCleaner.cleanLine(TextCleaner.withoutSentinels(raw), markup);
            SourceLine.Role role = rule ? SourceLine.Role.RULE
                    : clean.isEmpty() ? SourceLine.Role.BLANK
                    : PAGE_FOOTER.matcher(clean).matches() ? SourceLine.Role.PAGE_FOOTER
                    : RUNNING_HEAD.matcher(clean).matches() ? SourceLine.Role.RUNNING_HEAD
                    : SourceLine.Role.TEXT;
            if (role == SourceLine.Role.RUNNING_HEAD && textOnPage) {
                page++;
                textOnPage = false;
            }
            List<MarkerRun> markers = new ArrayList<>();
            String words = takeMarkers(clean, markers);
            out.add(new SourceLine(page, lead, words, new Span(i + lead, i + trail), markers, role,
                    headings ? MarkdownMarkup.headingLevel(raw) : 0));
            if (role == SourceLine.Role.TEXT) {
                textOnPage = true;
            }
            for (int k = lead; k < raw.length(); k++) {
                if (raw.charAt(k) == '\f') {
                    page++;
                    textOnPage = false;
                }
            }
            if (role == SourceLine.Role.PAGE_FOOTER) {
                page++;
                textOnPage = false;
            }
            if (j >= n) {
                break;
            }
            i = j + (text.charAt(j) == '\r' && j + 1 < n && text.charAt(j + 1) == '\n' ? 2 : 1);
        }
        return new Layout(out);
    }

    /**
     * Where a YAML front matter block ends ({@code ---} on the first line, {@code ---} or {@code ...} closing it
     * within its first lines), 0 when the text has none. Conversion tools put the symbol, record number and
     * download address there; it describes the file and is no printed text, so its lines are laid out blank
     * (their offsets kept) rather than read as the document's title block.
     */
    static int frontMatterEnd(String text) {
        Matcher m = FRONT_MATTER.matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    /** The cleaned line without its marker sentinels; the markers go to {@code out} at their offsets. */
    static String takeMarkers(String clean, List<MarkerRun> out) {
        if (clean.indexOf(TextCleaner.MARK_OPEN) < 0 && clean.indexOf(TextCleaner.REF_OPEN) < 0) {
            return clean;
        }
        StringBuilder words = new StringBuilder();
        int i = 0;
        while (i < clean.length()) {
            char c = clean.charAt(i);
            int close = c == TextCleaner.MARK_OPEN ? clean.indexOf(TextCleaner.MARK_CLOSE, i)
                    : c == TextCleaner.REF_OPEN ? clean.indexOf(TextCleaner.REF_CLOSE, i) : -1;
            if (close > i + 1 && isLabel(clean, i + 1, close)) {
                MarkerRun.Kind kind = c == TextCleaner.MARK_OPEN ? MarkerRun.Kind.SUPERSCRIPT : MarkerRun.Kind.FOOTNOTE_REFERENCE;
                out.add(new MarkerRun(kind, clean.substring(i + 1, close), words.length()));
                i = close + 1;
                continue;
            }
            words.append(c);
            i++;
        }
        return words.toString();
    }

    private static boolean isLabel(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (!(c >= '0' && c <= '9') && c != '*') {
                return false;
            }
        }
        return true;
    }

    /**
     * The line's words with its markers put back as sure-marker sentinels, for the segmenter's working text: the
     * inverse of {@link #takeMarkers} (both kinds of marker come back as sure markers).
     */
    public static String withMarkers(SourceLine line) {
        if (line.markers().isEmpty()) {
            return line.text();
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (MarkerRun m : line.markers()) {
            sb.append(line.text(), from, m.at()).append(TextCleaner.MARK_OPEN).append(m.label()).append(TextCleaner.MARK_CLOSE);
            from = m.at();
        }
        return sb.append(line.text(), from, line.text().length()).toString();
    }
}
