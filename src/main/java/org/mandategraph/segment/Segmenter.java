package org.mandategraph.segment;

import org.mandategraph.lexicon.ResolutionSeries;
import org.mandategraph.lexicon.Symbols;
import org.mandategraph.language.zh.Dates;
import org.mandategraph.language.zh.Units;
import org.mandategraph.language.zh.ChineseNumerals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.lexicon.VerbLexicon;
import org.mandategraph.document.Diagnostic;
import org.mandategraph.document.DocumentType;
import org.mandategraph.document.Footnote;
import org.mandategraph.document.Header;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.ParagraphKind;
import org.mandategraph.document.Layout;
import org.mandategraph.document.SourceLine;
import org.mandategraph.document.SourceText;
import org.mandategraph.document.Span;
import org.mandategraph.document.SubParagraph;
import org.mandategraph.document.UnDocument;
import org.mandategraph.read.TextCleaner;
import org.mandategraph.read.TextLayout;

/**
 * Splits a decoded UN document into header, paragraphs and footnotes.
 *
 * <p>The same rules serve markdown-like text (one paragraph a line, blank lines between) and PDF-extracted
 * text (hard-wrapped lines, blank lines everywhere, footnotes at page bottoms): a line starts a new block
 * when it carries a paragraph marker, or when the block so far ends a sentence and the line is indented,
 * follows a short line, or the text is paragraph-per-line. Everything else is a wrapped continuation.
 */
public final class Segmenter {
    private static final Pattern OP_NUMBER = Pattern.compile("^(\\d{1,3})\\s*[.．]\\s*(?!\\d)");
    private static final Pattern SUB_LABEL = Pattern.compile("^[(（]([a-z]{1,2}|[ivxlc]{1,6}|[一二三四五六七八九十]{1,3})[)）]\\s*");
    private static final Pattern SECTION_HEADING = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}|[A-Z]|[IVX]{1,5})\\s*[.．、]\\s*\\S");
    private static final Pattern DATE_ONLY = Pattern.compile("^\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*$");
    /** The meeting that adopted the text: {@code 第 89 次全体会议}, or a commission's {@code 第 9 次会议}. */
    private static final Pattern PLENARY = Pattern.compile("第\\s*(\\d+)\\s*次(?:全体)?会议");
    /** The closing lines of a resolution: its date, its meeting, or both run together. */
    private static final Pattern CLOSING = Pattern.compile(
            "^(?=\\S)(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)?\\s*(?:第\\s*\\d+\\s*次(?:全体)?会议)?$");
    /** A header line that records adoption: {@code 2011年12月19日大会决议}, {@code [2019 年 12 月 20 日通过]}. */
    private static final Pattern ADOPTION_LINE = Pattern.compile(
            "^[\\[【(（]?\\s*(?:\\p{IsHan}{2,12}\\s*)?\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日.{0,24}?(决议|决定|通过)[\\]】)）]?$");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^(\\d{1,3})$");
    private static final Pattern NUMBER_LEAD = Pattern.compile("^(\\d{1,3})\\s+(?=[^\\s" + Units.AFTER_NUMBER + "])");
    private static final Pattern FOOTNOTE_LINE = Pattern.compile("^(\\d{1,3}|[*∗])\\s+(\\S.*)$");
    private static final Pattern STAR_NOTE = Pattern.compile("^[*∗]\\s+(\\S.*)$");
    /** A bare number between Chinese words that is no count or date: {@code 流动 1并制止}, not {@code 2011 年 4月}. */
    private static final Pattern INLINE_CANDIDATE = Pattern.compile(
            "(?<=[\\p{IsHan}&&[^第年至和及或约、共以达逾近]]) (\\d{1,2}) ?(?=[\\p{IsHan}&&[^" + Units.AFTER_NUMBER + "]])");
    /** A bare number ending a printed line after a word, its sentence going on on the next line ({@code 决议 1}/{@code 中}). */
    private static final Pattern LINE_END_CANDIDATE = Pattern.compile("(?<=[\\p{IsHan}》”）)]) (\\d{1,2})$");
    /**
     * A bare number right after a sentence or clause mark, at the end of the line or before more words:
     * {@code 国际准则草案。 3}, {@code 第 19/2 号决议，3 并注意到}; not list items ({@code 、7 和}) nor counts ({@code ，3 个}).
     */
    private static final Pattern AFTER_PUNCTUATION_CANDIDATE = Pattern.compile(
            "(?<=[。；，：》”）)]) ?(\\d{1,2})(?=$| ?[\\p{IsHan}&&[^" + Units.AFTER_NUMBER + "与]])");
    private static final Pattern SURE_MARK_LINE = Pattern.compile("^" + TextCleaner.MARK_OPEN + "([0-9*]{1,3})" + TextCleaner.MARK_CLOSE + "\\s*(\\S.*)$");
    private static final Pattern TITLE_NUMBER = Pattern.compile("^(\\d{1,4}\\s*/\\s*\\d{1,3})\\s*[.．]\\s*(.*)$");
    /** {@code 第10/4号决议}, and the Security Council's {@code 第 1373 (2001)号决议}. */
    private static final Pattern TITLE_NUMBER_ZH = Pattern.compile(
            "^第\\s*(\\d{1,4}\\s*/\\s*\\d{1,3}|\\d{1,5}\\s*[(（]\\d{4}[)）])\\s*号(决议|决定)\\s*$");
    private static final Pattern SESSION = Pattern.compile("第\\s*([零〇一二三四五六七八九十百\\d]+)\\s*届(?:会议|特别会议)");
    /** {@code 议程项目 107}, {@code 临时议程项目 7}, {@code 暂定项目表* 项目 109}. */
    private static final Pattern AGENDA = Pattern.compile(
            "(?:议程项目|项目表\\S{0,2}\\s*项目)\\s*(\\d+(?:\\s*[(（][a-z][)）])?)");
    /** The Chinese words a header line starts with, before any Latin text printed beside them on the page. */
    private static final Pattern LEADING_HAN = Pattern.compile("^([\\p{IsHan}《》“”、]+)");
    /** A symbol printed alone or at the end of a header line ({@code 联合国   A/68/127}). */
    private static final Pattern TRAILING_SYMBOL = Pattern.compile(
            "(?:^|\\s)([A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,}(?:\\s*\\(\\d{4}\\))?(?:\\s*-\\s*[A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,})?)$");
    private static final Pattern ADOPTED_ON = Pattern.compile("\\[?根据(.{2,30}?)的(?:报告|建议)\\s*[(（]([^)）]+)[)）]\\s*通过\\]?");
    private static final Pattern REPORT_LINE = Pattern.compile("^(.{1,30}?)的(?:报告|说明)$");
    private static final String TERMINAL = "，。；：,;:.!?！？";
    /** Display width (a Chinese character counts 2) beyond which lines cannot come from a printed page. */
    private static final int PRINTED_LINE_WIDTH = 100;

    private final Gazetteer gazetteer;
    private final VerbLexicon verbs;

    public Segmenter(Gazetteer gazetteer) {
        this(gazetteer, VerbLexicon.get());
    }

    public Segmenter(Gazetteer gazetteer, VerbLexicon verbs) {
        this.gazetteer = gazetteer;
        this.verbs = verbs;
    }

    /** A physical line: where it is in the source and what remains after line cleaning. */
    private record Line(int start, int end, String raw, String clean, boolean indented, boolean afterPageBreak,
                        SourceLine.Role role, boolean heading) {
        boolean blank() {
            return clean.isEmpty();
        }

        /** The same line, known to be the first after a page's footnotes: the page broke before it. */
        Line afterBreak() {
            return new Line(start, end, raw, clean, indented, true, role, heading);
        }
    }

    /** A run of joined lines that forms one paragraph, heading or sub-paragraph. */
    private static final class Block {
        final int start;
        int end;
        String text;
        String lastLine;
        boolean heading;
        Block(Line l) {
            start = l.start;
            end = l.end;
            text = l.clean;
            lastLine = l.raw;
        }
    }

    public UnDocument segment(SourceText src) {
        List<Diagnostic> diags = new ArrayList<>();
        List<Line> lines = lines(src);
        Map<String, Footnote> footnotes = new LinkedHashMap<>();
        List<Line> body = extractFootnotes(lines, footnotes);
        double fullWidth = fullLineWidth(body);
        // a printed page bounds its lines (about 40 Chinese characters); one paragraph a line runs longer
        boolean perLine = isParagraphPerLine(body) && fullWidth > PRINTED_LINE_WIDTH;

        int bodyLine = findBodyLine(body);
        int firstPara = firstNumbered(body, Math.max(0, bodyLine + 1));
        DocumentType type;
        int headerEnd;
        if (bodyLine >= 0) {
            headerEnd = bodyLine;
            type = DocumentType.RESOLUTION;
        } else {
            headerEnd = firstPara < 0 ? body.size() : firstPara;
            type = DocumentType.REPORT;
        }
        List<Line> headerLines = body.subList(0, headerEnd);
        List<Line> rest = body.subList(bodyLine >= 0 ? bodyLine + 1 : headerEnd, body.size());
        List<Block> blocks = blocks(rest, perLine, fullWidth);

        HeaderBuilder hb = new HeaderBuilder();
        parseHeader(headerLines, hb, type);
        if (bodyLine >= 0) {
            String name = body.get(bodyLine).clean.replaceAll("[，,\\s]+$", "");
            hb.adoptingBody = gazetteer.exact(name, Set.of(Gazetteer.Type.BODY)).map(Gazetteer.Entry::code)
                    .or(() -> gazetteer.find(name, Set.of(Gazetteer.Type.BODY)).stream().reduce((a, b) -> b)
                            .map(m -> m.entry().code()))
                    .orElse(null);
            if (hb.isDecision) {
                type = DocumentType.DECISION;
            }
        }
        hb.type = type;

        List<Paragraph> paragraphs = new ArrayList<>();
        Set<String> fnNumbers = footnotes.keySet();
        if (type == DocumentType.REPORT) {
            buildNumbered(blocks, ParagraphKind.REPORT, paragraphs, fnNumbers, diags, src, hb, true);
        } else {
            int i = 0;
            int pp = 0;
            List<Block> preamble = new ArrayList<>();
            for (; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                Matcher m = OP_NUMBER.matcher(b.text);
                if (m.find() && m.group(1).equals("1")) {
                    break;
                }
                preamble.add(b);
            }
            for (Block b : preamble) {
                if (b.heading || b.text.isBlank()) {
                    continue;
                }
                pp++;
                TextCleaner.Unmarked u = TextCleaner.unmark(b.text, fnNumbers::contains);
                paragraphs.add(new Paragraph(ParagraphKind.PREAMBULAR, String.valueOf(pp), paragraphs.size() + 1,
                        u.text(), new Span(b.start, b.end), List.of(), u.markers()));
            }
            buildNumbered(blocks.subList(i, blocks.size()), ParagraphKind.OPERATIVE, paragraphs, fnNumbers, diags, src, hb, false);
        }

        List<Footnote> fns = new ArrayList<>(footnotes.values());
        hb.fullText = src.text();
        return new UnDocument(src, hb.build(gazetteer), paragraphs, fns, diags);
    }

    // ---------------------------------------------------------------- lines

    /** The reader's lines (or, for text built by hand, those its format's reader would give), markers in-band. */
    private static List<Line> lines(SourceText src) {
        Layout layout = src.layout() != null ? src.layout() : TextLayout.forFormat(src.format(), src.text());
        List<Line> out = new ArrayList<>();
        for (SourceLine l : layout.lines()) {
            out.add(new Line(l.span().start(), l.span().end(), l.span().of(src.text()), TextLayout.withMarkers(l),
                    l.indented(), false, l.role(), l.heading()));
        }
        return out;
    }

    private static boolean isSeparator(Line l) {
        return l.role == SourceLine.Role.RULE;
    }

    private static boolean isPageFooter(Line l) {
        return l.role == SourceLine.Role.PAGE_FOOTER;
    }

    /**
     * Takes footnote definitions out of the line stream: {@code ¹ text} and {@code <sup>1</sup> text} lines
     * anywhere, and after a separator rule, {@code 1 text} or a number line followed by its text.
     */
    private static List<Line> extractFootnotes(List<Line> lines, Map<String, Footnote> out) {
        List<Line> body = new ArrayList<>();
        boolean area = false;
        boolean loose = false;
        boolean pageBroke = false;
        String pending = null;
        StringBuilder ptext = new StringBuilder();
        int pstart = 0;
        int pend = 0;
        for (int idx = 0; idx < lines.size(); idx++) {
            Line l = lines.get(idx);
            if (isSeparator(l)) {
                if (pending != null) {
                    putFootnote(out, pending, ptext, pstart, pend);
                    pending = null;
                }
                loose = false;
                area = nextNonBlankIsFootnote(lines, idx + 1);
                continue;
            }
            if (l.blank()) {
                if (!area) {
                    body.add(l);
                }
                continue;
            }
            if (isPageFooter(l)) {
                pageBroke = true;
                continue;
            }
            Matcher sure = SURE_MARK_LINE.matcher(l.clean);
            Matcher star = STAR_NOTE.matcher(l.clean);
            boolean midSentence = !area && !body.isEmpty() && lastNonBlankOpen(body);
            if ((sure.matches() || star.matches()) && !midSentence) {
                if (pending != null) {
                    putFootnote(out, pending, ptext, pstart, pend);
                }
                pending = sure.matches() ? sure.group(1) : "*";
                ptext.setLength(0);
                ptext.append(sure.matches() ? sure.group(2) : star.group(1));
                pstart = l.start;
                pend = l.end;
                loose = !area;
                continue;
            }
            if (loose && pending != null) {
                // a footnote printed among the paragraphs may wrap onto further lines until it ends
                if (!endsFootnote(ptext) && !startsBlock(l.clean, l.heading)) {
                    ptext.replace(0, ptext.length(), TextCleaner.join(ptext.toString(), l.clean));
                    pend = l.end;
                    continue;
                }
                putFootnote(out, pending, ptext, pstart, pend);
                pending = null;
                loose = false;
            }
            if (area) {
                Matcher num = NUMBER_ONLY.matcher(l.clean);
                Matcher fl = FOOTNOTE_LINE.matcher(l.clean);
                String label = num.matches() ? num.group(1) : fl.matches() ? fl.group(1) : null;
                if (label != null && nextFootnote(label, fl.matches() ? fl.group(2) : "", out, pending)) {
                    if (pending != null) {
                        putFootnote(out, pending, ptext, pstart, pend);
                    }
                    pending = num.matches() ? num.group(1) : fl.group(1).replace('∗', '*');
                    ptext.setLength(0);
                    if (fl.matches()) {
                        ptext.append(fl.group(2));
                    }
                    pstart = l.start;
                    pend = l.end;
                    continue;
                }
                if (pending != null && (ptext.length() == 0 || !endsFootnote(ptext))) {
                    ptext.replace(0, ptext.length(), TextCleaner.join(ptext.toString(), l.clean));
                    pend = l.end;
                    continue;
                }
                if (pending != null) {
                    putFootnote(out, pending, ptext, pstart, pend);
                    pending = null;
                }
                area = false;
                pageBroke = true;
            }
            if (pageBroke) {
                l = l.afterBreak();
                pageBroke = false;
            }
            body.add(l);
        }
        if (pending != null) {
            putFootnote(out, pending, ptext, pstart, pend);
        }
        return body;
    }

    /**
     * Whether a numbered line in a footnote area starts the next footnote: footnotes on a page are numbered in
     * sequence, so a number far beyond the last one, or one followed by a date or counting word, is the body text
     * carried over from before the page break ({@code 28 日第 1373 (2001) 号决议}).
     */
    private static boolean nextFootnote(String label, String rest, Map<String, Footnote> seen, String pending) {
        if (label.equals("*") || label.equals("∗")) {
            return true;
        }
        if (!rest.isEmpty() && Units.AFTER_NUMBER.indexOf(rest.charAt(0)) >= 0) {
            return false;
        }
        int n = Integer.parseInt(label);
        int last = 0;
        for (String k : seen.keySet()) {
            if (k.chars().allMatch(Character::isDigit)) {
                last = Math.max(last, Integer.parseInt(k));
            }
        }
        if (pending != null && pending.chars().allMatch(Character::isDigit)) {
            last = Math.max(last, Integer.parseInt(pending));
        }
        return last == 0 || (n > last && n <= last + 3);
    }

    /** Whether the body so far stops mid-sentence, so a marker at the start of the next line belongs to it. */
    private static boolean lastNonBlankOpen(List<Line> body) {
        for (int i = body.size() - 1; i >= 0; i--) {
            String c = body.get(i).clean;
            if (!c.isEmpty()) {
                String visible = TextCleaner.unmark(c, x -> true).text();
                return !visible.isEmpty() && !endsSentence(visible) && visible.length() >= 15;
            }
        }
        return false;
    }

    private static boolean endsFootnote(CharSequence s) {
        char c = s.charAt(s.length() - 1);
        return c == '。' || c == '.' || c == ')' || c == '）';
    }

    private static boolean nextNonBlankIsFootnote(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            return NUMBER_ONLY.matcher(l.clean).matches() || FOOTNOTE_LINE.matcher(l.clean).matches()
                    || SURE_MARK_LINE.matcher(l.clean).matches() || STAR_NOTE.matcher(l.clean).matches();
        }
        return false;
    }

    private static void putFootnote(Map<String, Footnote> out, String num, CharSequence text, int start, int end) {
        String t = TextCleaner.unmark(text.toString(), x -> false).text();
        if (t.isBlank()) {
            return;
        }
        out.putIfAbsent(num, new Footnote(num, t, new Span(start, Math.max(start, end))));
    }

    /** Markdown-like text ends most lines with punctuation; PDF text wraps lines mid-sentence. */
    private static boolean isParagraphPerLine(List<Line> body) {
        int total = 0;
        int ended = 0;
        for (Line l : body) {
            if (l.blank() || l.clean.length() < 15) {
                continue;
            }
            total++;
            if (TERMINAL.indexOf(l.clean.charAt(l.clean.length() - 1)) >= 0) {
                ended++;
            }
        }
        return total == 0 || ended * 2 >= total;
    }

    private static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w;
    }

    private static double fullLineWidth(List<Line> body) {
        int[] ws = body.stream().filter(l -> !l.blank()).mapToInt(l -> width(l.raw)).sorted().toArray();
        if (ws.length == 0) {
            return 0;
        }
        return ws[(int) Math.floor(ws.length * 0.9) == ws.length ? ws.length - 1 : (int) Math.floor(ws.length * 0.9)];
    }

    // ---------------------------------------------------------------- structure

    /** The body's name line ({@code 大会，}) that opens the preamble of a resolution or decision. */
    private int findBodyLine(List<Line> body) {
        for (int i = 0; i < body.size(); i++) {
            Line l = body.get(i);
            String c = l.clean;
            if (c.length() < 3 || c.length() > 60) {
                continue;
            }
            if (OP_NUMBER.matcher(c).find()) {
                return -1;
            }
            if (!(c.endsWith("，") || c.endsWith(","))) {
                continue;
            }
            String name = c.substring(0, c.length() - 1).strip();
            if (gazetteer.exact(name, Set.of(Gazetteer.Type.BODY)).isPresent()
                    || name.matches(".{0,40}(大会|理事会|委员会|会议|缔约方会议|缔约国会议)")) {
                return i;
            }
        }
        return -1;
    }

    private static int firstNumbered(List<Line> body, int from) {
        for (int i = from; i < body.size(); i++) {
            Matcher m = OP_NUMBER.matcher(body.get(i).clean);
            if (m.find() && m.group(1).equals("1")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsBlock(String clean, boolean markdownHeading) {
        return markdownHeading || OP_NUMBER.matcher(clean).find() || SUB_LABEL.matcher(clean).find()
                || SECTION_HEADING.matcher(clean).find() || DATE_ONLY.matcher(clean).matches()
                || PLENARY.matcher(clean).matches();
    }

    private static boolean endsSentence(String s) {
        return !s.isEmpty() && TERMINAL.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private List<Block> blocks(List<Line> lines, boolean perLine, double fullWidth) {
        List<Block> out = new ArrayList<>();
        Block cur = null;
        boolean afterMarkerLine = false;
        boolean sawBlank = false;
        boolean pageBroke = false;
        for (Line l : lines) {
            if (l.blank()) {
                sawBlank = true;
                continue;
            }
            if (l.role == SourceLine.Role.RUNNING_HEAD) {
                pageBroke = true; // page furniture inside the body: the page turned here
                continue;
            }
            if (pageBroke && !l.afterPageBreak) {
                l = l.afterBreak();
            }
            pageBroke = false;
            String clean = l.clean;
            Matcher num = NUMBER_ONLY.matcher(clean);
            if (num.matches() && cur != null) {
                cur.text = cur.text + TextCleaner.CAND_OPEN + "!" + num.group(1) + TextCleaner.CAND_CLOSE;
                cur.end = l.end;
                afterMarkerLine = true;
                continue;
            }
            // a markdown heading that carries a paragraph number (### 16. **呼吁**…) is that paragraph, not a heading
            boolean mdHeading = l.heading && !OP_NUMBER.matcher(clean).find();
            if (cur != null && !cur.heading && !startsBlock(clean, mdHeading)) {
                Matcher lead = NUMBER_LEAD.matcher(clean);
                String visible = TextCleaner.unmark(cur.text, x -> true).text();
                // a colon introduces what follows (sub-paragraphs start with their own markers)
                boolean ended = endsSentence(visible) && !visible.endsWith("：") && !visible.endsWith(":");
                boolean continues;
                if (!ended) {
                    continues = !perLine || !sawBlank || visible.length() >= 30;
                } else if (afterMarkerLine) {
                    continues = !l.indented && !perLine;
                } else {
                    boolean shortPrev = fullWidth > 0 && width(cur.lastLine) < 0.8 * fullWidth;
                    // after a full line, or right after a page's footnotes, an indented line that opens with no lead
                    // verb is the top of a new page continuing the sentence (…，\n 并特别关注…), not a new paragraph
                    boolean pageTop = l.indented && (!shortPrev || l.afterPageBreak)
                            && verbs.at(TextCleaner.unmark(clean, x -> true).text(), 0).isEmpty();
                    continues = !perLine && ((!l.indented && !shortPrev) || pageTop);
                }
                if (continues) {
                    if (!ended && lead.find()) {
                        clean = TextCleaner.CAND_OPEN + lead.group(1) + TextCleaner.CAND_CLOSE + clean.substring(lead.end());
                    }
                    Matcher tail = LINE_END_CANDIDATE.matcher(cur.text);
                    if (!clean.isEmpty() && Units.AFTER_NUMBER.indexOf(clean.charAt(0)) < 0 && tail.find()) {
                        cur.text = cur.text.substring(0, tail.start()) + TextCleaner.CAND_OPEN + tail.group(1) + TextCleaner.CAND_CLOSE;
                    }
                    cur.text = TextCleaner.join(cur.text, markInline(clean));
                    // a marker line splits one printed line in two; its width is that of both pieces
                    cur.lastLine = afterMarkerLine ? cur.lastLine + l.raw : l.raw;
                    cur.end = l.end;
                    afterMarkerLine = false;
                    sawBlank = false;
                    continue;
                }
            }
            cur = new Block(l);
            cur.text = markInline(clean);
            cur.heading = mdHeading;
            out.add(cur);
            afterMarkerLine = false;
            sawBlank = false;
        }
        return out;
    }

    private static String markInline(String s) {
        String marked = INLINE_CANDIDATE.matcher(s).replaceAll(TextCleaner.CAND_OPEN + "$1" + TextCleaner.CAND_CLOSE);
        return AFTER_PUNCTUATION_CANDIDATE.matcher(marked).replaceAll(TextCleaner.CAND_OPEN + "$1" + TextCleaner.CAND_CLOSE);
    }

    /**
     * Numbered paragraphs in one sequence 1…N; a numbered line out of sequence is a section heading
     * (SPEC §5 rule 7). Lettered blocks are sub-paragraphs of the paragraph before them; trailing date and
     * plenary lines are the adoption record.
     */
    private void buildNumbered(List<Block> blocks, ParagraphKind kind, List<Paragraph> out, Set<String> fns,
                               List<Diagnostic> diags, SourceText src, HeaderBuilder hb, boolean report) {
        int expected = 1;
        PBuilder cur = null;
        List<PBuilder> built = new ArrayList<>();
        for (Block b : blocks) {
            String visible = TextCleaner.unmark(b.text, x -> true).text();
            if (CLOSING.matcher(visible).matches()) {
                Dates.find(visible).ifPresent(d -> hb.closingDate = d);
                Matcher pm = PLENARY.matcher(visible);
                if (pm.find()) {
                    hb.plenary = Integer.parseInt(pm.group(1));
                }
                cur = null;
                continue;
            }
            Matcher m = OP_NUMBER.matcher(b.text);
            if (m.find() && !b.heading) {
                int n = Integer.parseInt(m.group(1));
                String rest = b.text.substring(m.end());
                boolean looksHeading = !endsSentence(TextCleaner.unmark(rest, x -> true).text()) && rest.length() < 60;
                if (n == expected || (n == expected + 1 && !looksHeading)) {
                    if (n != expected) {
                        diags.add(new Diagnostic(Diagnostic.Severity.WARNING, src.fileName(), new Span(b.start, b.end),
                                "paragraph " + expected + " not found; numbering continues at " + n));
                    }
                    cur = new PBuilder(kind, String.valueOf(n), b, rest);
                    built.add(cur);
                    expected = n + 1;
                    continue;
                }
                cur = null;
                continue;
            }
            Matcher s = SUB_LABEL.matcher(b.text);
            if (s.find() && cur != null) {
                cur.subs.add(new SubBuilder(s.group(1), b, b.text.substring(s.end())));
                cur.end = b.end;
                continue;
            }
            if (b.heading || SECTION_HEADING.matcher(b.text).find()) {
                cur = null;
                continue;
            }
            boolean headingLike = report && !endsSentence(visible) && visible.length() < 40;
            if (cur != null && !headingLike) {
                cur.appendLast(b);
                continue;
            }
            cur = null;
        }
        for (PBuilder p : built) {
            out.add(p.build(out.size() + 1, fns));
        }
    }

    /** A sub-paragraph being read: its label, where it is, and its text so far (wrapped pieces joined). */
    private static final class SubBuilder {
        final String label;
        final int start;
        int end;
        String text;

        SubBuilder(String label, Block b, String text) {
            this.label = label;
            this.start = b.start;
            this.end = b.end;
            this.text = text;
        }
    }

    /** A numbered paragraph being read, with its sub-paragraphs. */
    private static final class PBuilder {
        final ParagraphKind kind;
        final String number;
        final int start;
        int end;
        String text;
        final List<SubBuilder> subs = new ArrayList<>();

        PBuilder(ParagraphKind kind, String number, Block b, String text) {
            this.kind = kind;
            this.number = number;
            this.start = b.start;
            this.end = b.end;
            this.text = text;
        }

        /** Joins a continuation block to the paragraph, or to its last sub-paragraph once those have begun. */
        void appendLast(Block b) {
            if (subs.isEmpty()) {
                text = TextCleaner.join(text, b.text);
            } else {
                SubBuilder last = subs.get(subs.size() - 1);
                last.text = TextCleaner.join(last.text, b.text);
                last.end = b.end;
            }
            end = b.end;
        }

        Paragraph build(int ordinal, Set<String> fns) {
            TextCleaner.Unmarked u = TextCleaner.unmark(text, fns::contains);
            List<SubParagraph> sp = new ArrayList<>();
            for (SubBuilder sb : subs) {
                TextCleaner.Unmarked su = TextCleaner.unmark(sb.text, fns::contains);
                sp.add(new SubParagraph(sb.label, su.text(), new Span(sb.start, sb.end), su.markers()));
            }
            return new Paragraph(kind, number, ordinal, u.text(), new Span(start, end), sp, u.markers());
        }
    }

    // ---------------------------------------------------------------- header

    private static final class HeaderBuilder {
        DocumentType type;
        boolean isDecision;
        String organName;
        String adoptingBody;
        String authorName;
        String number;
        String symbol;
        String title;
        Integer session;
        String agenda;
        String committeeReport;
        LocalDate distributed;
        LocalDate adopted;
        LocalDate closingDate;
        Integer plenary;
        String summary;
        String fullText;
        String recommendingName;

        Header build(Gazetteer g) {
            String organ = organName == null ? null : resolveBody(g, organName);
            String author = authorName == null ? null : resolveBody(g, authorName);
            if (author == null && authorName != null) {
                author = resolvePost(g, authorName, fullText);
            }
            if (organ == null) {
                organ = adoptingBody;
            }
            String sym = symbol;
            if (sym == null && number != null && type != DocumentType.REPORT) {
                String body = adoptingBody != null ? adoptingBody : organ;
                String prefix = body == null ? null : ResolutionSeries.prefix(body);
                sym = prefix == null ? null : prefix + number;
            }
            LocalDate date = adopted != null ? adopted : closingDate;
            String recommending = recommendingName == null ? null : resolveBody(g, recommendingName);
            return new Header(type, organ, adoptingBody, author, number, sym, title, session, agenda,
                    committeeReport, distributed, date, plenary, summary, recommending);
        }
    }

    /**
     * A bare post title ({@code 执行主任}) names the head of the office the document is about: among the posts
     * whose name ends with the title, the one whose office name occurs most often in the text.
     */
    private static String resolvePost(Gazetteer g, String title, String text) {
        String squeezed = text == null ? "" : text.replaceAll("\\s+", "");
        String best = null;
        int bestCount = 0;
        for (Gazetteer.Entry e : g.entries()) {
            if (e.type() != Gazetteer.Type.BODY) {
                continue;
            }
            for (String n : e.namesZh()) {
                if (!n.endsWith(title) || n.length() == title.length()) {
                    continue;
                }
                String office = n.substring(0, n.length() - title.length());
                int count = 0;
                for (int i = squeezed.indexOf(office); i >= 0; i = squeezed.indexOf(office, i + office.length())) {
                    count++;
                }
                if (count > bestCount) {
                    bestCount = count;
                    best = e.code();
                }
            }
        }
        return best;
    }

    private static String resolveBody(Gazetteer g, String name) {
        String n = name.replaceAll("(决议|决定|的报告|报告)$", "").strip();
        Optional<Gazetteer.Entry> e = g.exact(n, Set.of(Gazetteer.Type.BODY));
        if (e.isPresent()) {
            return e.get().code();
        }
        List<Gazetteer.Match> ms = g.find(n, Set.of(Gazetteer.Type.BODY));
        return ms.isEmpty() ? null : ms.get(ms.size() - 1).entry().code();
    }

    private void parseHeader(List<Line> header, HeaderBuilder hb, DocumentType type) {
        List<String> texts = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        int blanks = 0;
        for (Line l : header) {
            if (l.blank()) {
                blanks++;
                continue;
            }
            texts.add(l.clean);
            gaps.add(blanks);
            blanks = 0;
        }
        String all = String.join("\n", texts);
        Matcher m;
        boolean sessionSeen = false;
        for (String t : texts) {
            Matcher lead = LEADING_HAN.matcher(t);
            String name = lead.find() ? lead.group(1).replaceAll("(决议|决定)$", "") : "";
            sessionSeen |= SESSION.matcher(t).find();
            // the organ line names an organ or treaty body, not the Organization itself (联合国 above it); when a
            // commission is printed under its parent council, the one just above the session line is the organ
            if ((hb.organName == null || !sessionSeen) && gazetteer.exact(name, Set.of(Gazetteer.Type.BODY))
                    .filter(e -> !"organization".equals(e.kind())).isPresent()) {
                hb.organName = name;
            }
            if (t.endsWith("决定")) {
                hb.isDecision = true;
            }
        }
        m = SESSION.matcher(all);
        if (m.find()) {
            int n = ChineseNumerals.parse(m.group(1));
            hb.session = n > 0 ? n : null;
        }
        m = AGENDA.matcher(all);
        if (m.find()) {
            hb.agenda = m.group(1).replaceAll("\\s+", "");
        }
        m = ADOPTED_ON.matcher(all.replace("\n", ""));
        if (m.find()) {
            hb.recommendingName = m.group(1).replaceFirst("^\\[?根据", "");
            List<String> syms = Symbols.findAll(m.group(2));
            if (!syms.isEmpty()) {
                hb.committeeReport = syms.get(0);
            }
        }
        m = Pattern.compile("Distr\\.?\\s*:?\\s*[A-Za-z]+\\s*\\n?\\s*(\\d{1,2}\\s+[A-Za-z]+\\s+\\d{4})").matcher(all);
        if (m.find()) {
            hb.distributed = Dates.find(m.group(1)).orElse(null);
        }
        for (String t : texts) {
            if (ADOPTION_LINE.matcher(t).matches()) {
                hb.adopted = Dates.find(t).orElse(null);
                if (t.endsWith("决定")) {
                    hb.isDecision = true;
                }
            }
        }
        for (String t : texts) {
            Matcher sym = TRAILING_SYMBOL.matcher(t);
            if (!t.contains("根据") && sym.find()) {
                hb.symbol = Symbols.normalize(sym.group(1));
                break;
            }
        }
        // number and title
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            Matcher tn = TITLE_NUMBER.matcher(t);
            Matcher tz = TITLE_NUMBER_ZH.matcher(t);
            if (tn.matches() || tz.matches()) {
                hb.number = Symbols.normalize(tn.matches() ? tn.group(1) : tz.group(1))
                        .replace('（', '(').replace('）', ')').replaceAll("\\s*\\(", " (");
                if (tz.matches() && tz.group(2).equals("决定")) {
                    hb.isDecision = true;
                }
                StringBuilder title = new StringBuilder(tn.matches() ? tn.group(2) : "");
                for (int j = i + 1; j < texts.size(); j++) {
                    if (ADOPTION_LINE.matcher(texts.get(j)).matches() || texts.get(j).startsWith("[")) {
                        continue; // the adoption record printed under the number is not part of the title
                    }
                    title.replace(0, title.length(), TextCleaner.join(title.toString(), texts.get(j)));
                }
                hb.title = TextCleaner.unmark(title.toString(), x -> false).text();
                break;
            }
        }
        if (type == DocumentType.REPORT) {
            for (int i = 0; i < texts.size(); i++) {
                Matcher r = REPORT_LINE.matcher(texts.get(i));
                if (r.matches()) {
                    hb.authorName = r.group(1);
                    // the title stands between the agenda item (with its own title lines) and the author line
                    int start = 0;
                    for (int a = 0; a < i; a++) {
                        if (AGENDA.matcher(texts.get(a)).find() || SESSION.matcher(texts.get(a)).find()) {
                            start = a + 1;
                            while (start < i && gaps.get(start) == 0 && AGENDA.matcher(texts.get(a)).find()) {
                                start++;
                            }
                        }
                    }
                    int j = i;
                    StringBuilder title = new StringBuilder();
                    while (j > start && gaps.get(j) <= 1) {
                        j--;
                        title.insert(0, texts.get(j));
                        if (gaps.get(j) > 1) {
                            break;
                        }
                    }
                    hb.title = TextCleaner.unmark(title.toString(), x -> false).text();
                    StringBuilder summary = new StringBuilder();
                    for (int k = i + 1; k < texts.size(); k++) {
                        String t = texts.get(k);
                        if (t.equals("摘要") || t.equalsIgnoreCase("Summary")) {
                            continue;
                        }
                        if (SECTION_HEADING.matcher(t).find()) {
                            break;
                        }
                        summary.replace(0, summary.length(), TextCleaner.join(summary.toString(), t));
                    }
                    hb.summary = summary.length() == 0 ? null : TextCleaner.unmark(summary.toString(), x -> false).text();
                    break;
                }
            }
            if (hb.organName == null && !texts.isEmpty()) {
                hb.organName = texts.get(0);
            }
        }
    }

}
