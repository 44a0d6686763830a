package org.mandategraph.language.zh;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mandategraph.language.DocumentGrammar;
import org.mandategraph.language.Reprint;

/** How Chinese UN documents print their structure: {@code 1.} paragraphs, {@code (a)} sub-paragraphs, {@code 第…届会议}, {@code 议程项目}, {@code 第…号决议}. */
public final class ChineseDocumentGrammar implements DocumentGrammar {
    static final ChineseDocumentGrammar INSTANCE = new ChineseDocumentGrammar();

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
    private static final Pattern NUMBER_LEAD = Pattern.compile("^(\\d{1,3})\\s+(?=[^\\s" + Units.AFTER_NUMBER + "])");
    /**
     * A bare number between Chinese words that is no count or date: {@code 流动 1并制止}, not {@code 2011 年 4月}.
     * This and the two patterns below are tried at every position of every line: each opens with a look at the one
     * character a match starts with, so that most positions fail before the look behind reads a script property.
     */
    private static final Pattern INLINE_CANDIDATE = Pattern.compile(
            "(?= )(?<=[\\p{IsHan}&&[^第年至和及或约、共以达逾近]]) (\\d{1,2}) ?(?=[\\p{IsHan}&&[^" + Units.AFTER_NUMBER + "]])");
    /** A bare number ending a printed line after a word, its sentence going on on the next line ({@code 决议 1}/{@code 中}). */
    private static final Pattern LINE_END_CANDIDATE = Pattern.compile("(?= )(?<=[\\p{IsHan}》”）)]) (\\d{1,2})$");
    /**
     * A bare number right after a sentence or clause mark, at the end of the line or before more words:
     * {@code 国际准则草案。 3}, {@code 第 19/2 号决议，3 并注意到}; not list items ({@code 、7 和}) nor counts ({@code ，3 个}).
     */
    private static final Pattern AFTER_PUNCTUATION_CANDIDATE = Pattern.compile(
            "(?=[ \\d])(?<=[。；，：》”）)]) ?(\\d{1,2})(?=$| ?[\\p{IsHan}&&[^" + Units.AFTER_NUMBER + "与]])");
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
    private static final Pattern ADOPTED_ON = Pattern.compile("\\[?根据(.{2,30}?)的(?:报告|建议)\\s*[(（]([^)）]+)[)）]\\s*通过\\]?");
    private static final Pattern REPORT_LINE = Pattern.compile("^(.{1,30}?)的(?:报告|说明)$");
    /** The English distribution line printed in the corner of the first page. */
    private static final Pattern DISTRIBUTED = Pattern.compile("Distr\\.?\\s*:?\\s*[A-Za-z]+\\s*\\n?\\s*(\\d{1,2}\\s+[A-Za-z]+\\s+\\d{4})");
    private static final Pattern BODY_NAME = Pattern.compile(".{0,40}(大会|理事会|委员会|会议|缔约方会议|缔约国会议)");
    private static final String TERMINAL = "，。；：,;:.!?！？";

    private ChineseDocumentGrammar() {
    }

    @Override public Pattern paragraphNumber() { return OP_NUMBER; }
    @Override public Pattern subParagraphLabel() { return SUB_LABEL; }
    @Override public Pattern sectionHeading() { return SECTION_HEADING; }
    @Override public Pattern dateOnly() { return DATE_ONLY; }
    @Override public Pattern meeting() { return PLENARY; }
    @Override public Pattern closing() { return CLOSING; }

    @Override
    public boolean endsSentence(String s) {
        return !s.isEmpty() && TERMINAL.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    @Override
    public boolean introducesWhatFollows(String s) {
        return s.endsWith("：") || s.endsWith(":");
    }

    /** Han script has no case: nothing at the start of a line says it continues the one above. */
    @Override
    public boolean continuesSentence(String line) {
        return false;
    }

    @Override
    public boolean printsParagraphStart(String line) {
        return false;
    }

    @Override
    public boolean endsFootnote(char c) {
        return c == '。' || c == '.' || c == ')' || c == '）';
    }

    @Override
    public boolean followsNumber(char c) {
        return Units.AFTER_NUMBER.indexOf(c) >= 0;
    }

    @Override public Pattern numberLead() { return NUMBER_LEAD; }
    @Override public Pattern inlineMarkerCandidate() { return INLINE_CANDIDATE; }
    @Override public Pattern lineEndMarkerCandidate() { return LINE_END_CANDIDATE; }
    @Override public Pattern afterPunctuationMarkerCandidate() { return AFTER_PUNCTUATION_CANDIDATE; }

    @Override
    public Optional<String> bodyLineName(String c) {
        if (!(c.endsWith("，") || c.endsWith(","))) {
            return Optional.empty();
        }
        return Optional.of(c.substring(0, c.length() - 1).strip());
    }

    @Override
    public boolean looksLikeBodyName(String name) {
        return BODY_NAME.matcher(name).matches();
    }

    @Override
    public String bodyLineNameOf(String line) {
        return line.replaceAll("[，,\\s]+$", "");
    }

    @Override public Pattern leadingName() { return LEADING_HAN; }

    @Override
    public String withoutKind(String name) {
        return name.replaceAll("(决议|决定)$", "");
    }

    @Override
    public String withoutKindOrReport(String name) {
        return name.replaceAll("(决议|决定|的报告|报告)$", "").strip();
    }

    @Override
    public boolean namesDecision(String line) {
        return line.endsWith("决定");
    }

    @Override public Pattern session() { return SESSION; }

    @Override
    public int sessionNumber(String printed) {
        return ChineseNumerals.parse(printed);
    }

    @Override public Pattern agendaItem() { return AGENDA; }
    @Override public Pattern adoptedOn() { return ADOPTED_ON; }

    @Override
    public boolean citesAdoptionBasis(String line) {
        return line.contains("根据");
    }

    @Override
    public String recommendingName(String printed) {
        return printed.replaceFirst("^\\[?根据", "");
    }

    @Override public Pattern adoptionLine() { return ADOPTION_LINE; }
    @Override public Pattern distributed() { return DISTRIBUTED; }
    @Override public Pattern numberAndTitle() { return TITLE_NUMBER; }
    @Override public Pattern numberInWords() { return TITLE_NUMBER_ZH; }
    @Override public Pattern authorLine() { return REPORT_LINE; }

    @Override
    public String halfWidthBrackets(String text) {
        return text.replace('（', '(').replace('）', ')');
    }

    @Override
    public boolean isSummaryHeading(String line) {
        return line.equals("摘要") || line.equalsIgnoreCase("Summary");
    }

    @Override
    public Optional<LocalDate> findDate(CharSequence text) {
        return Dates.find(text);
    }

    private static final Pattern PRINTED_SESSION = Pattern.compile("第([一二三四五六七八九十]+)届(会议|特别会议)");
    private static final Pattern PRINTED_AGENDA = Pattern.compile("(议程项目\\s*)(\\d+)");
    private static final Pattern PRINTED_DATE = Pattern.compile("(\\d{4})(\\s*年\\s*)(\\d{1,2})(\\s*月\\s*)(\\d{1,2})(\\s*日)");

    @Override
    public String reprint(String text, Reprint r) {
        String s = DocumentGrammar.replaceAll(PRINTED_SESSION, text, m -> "第" + ChineseNumerals.print(r.session()) + "届" + m.group(2));
        s = DocumentGrammar.replaceAll(PRINTED_AGENDA, s, m -> m.group(1) + r.agendaItem());
        return DocumentGrammar.replaceAll(PRINTED_DATE, s, m -> r.year() + m.group(2) + r.month() + m.group(4) + r.day() + m.group(6));
    }
}
