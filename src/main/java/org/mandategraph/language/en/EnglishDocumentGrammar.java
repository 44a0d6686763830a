package org.mandategraph.language.en;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandategraph.language.DocumentGrammar;
import org.mandategraph.language.Reprint;

/**
 * How English UN documents print their structure: the title block ({@code General Assembly Distr.: General},
 * {@code Eightieth session}, {@code Agenda item 90 (b)}, {@code Resolution adopted by the General Assembly on 1
 * December 2025}, {@code [on the report of the First Committee (A/80/534, para. 7)]}, {@code 80/12. Title}), the
 * body line {@code The General Assembly,}, {@code 1.} paragraphs, {@code (a)} sub-paragraphs and the closing
 * record {@code 52nd plenary meeting 1 December 2025}.
 *
 * <p>Footnote markers are the hard part of English text extracted from PDFs: a superscript digit lands glued after
 * punctuation ({@code reporting system,1}) or spaced ({@code Rights, 1 the}). Only those two shapes are offered as
 * marker candidates, and only after a letter or bracket (so {@code 1,000}, {@code 3.5} and the lists
 * {@code articles 6, 7 and 17} stay numbers); the segmenter keeps a candidate only when the document has a footnote
 * of that number. A bare number between words is never a candidate in English: {@code article 7 of},
 * {@code the 193 Member States} are far more common than a marker printed without punctuation.
 */
public final class EnglishDocumentGrammar implements DocumentGrammar {
    static final EnglishDocumentGrammar INSTANCE = new EnglishDocumentGrammar();

    private static final String MONTH = EnglishDates.MONTH;
    private static final String DATE = "\\d{1,2}\\s+" + MONTH + "\\s+\\d{4}";
    private static final String ORDINAL = "\\d{1,4}(?:st|nd|rd|th)";

    private static final Pattern OP_NUMBER = Pattern.compile("^(\\d{1,3})\\s*\\.\\s+(?!\\d)");
    private static final Pattern SUB_LABEL = Pattern.compile("^\\(([a-z]{1,2}|[ivxlc]{1,6})\\)\\s*");
    private static final Pattern SECTION_HEADING = Pattern.compile("^(?:[A-Z]|[IVX]{1,5})\\s*\\.\\s+\\S");
    private static final Pattern DATE_ONLY = Pattern.compile("^" + DATE + "$");
    /** {@code 52nd plenary meeting}, a council's {@code 9512th meeting}. */
    private static final Pattern MEETING = Pattern.compile("(\\d{1,5})(?:st|nd|rd|th)\\s+(?:plenary\\s+)?meeting");
    private static final Pattern CLOSING = Pattern.compile(
            "^(?=\\S)(?:" + ORDINAL + "\\s+(?:plenary\\s+)?meeting)?\\s*,?\\s*(?:" + DATE + ")?$");
    /** Only the symbol-free word run that opens a header line: {@code General Assembly} before {@code Distr.}. */
    private static final Pattern LEADING_NAME = Pattern.compile(
            "^((?!Distr\\b)[A-Z][\\p{L}’'\\-]*+(?:\\s+(?:(?:of|on|for|and|the|to|against|in)\\s+)*+(?!Distr\\b)[A-Z][\\p{L}’'\\-]*+)*+)");
    private static final Pattern SESSION = Pattern.compile(
            "\\b([A-Z][a-z]+(?:-[a-z]+)?|\\d{1,3}(?:st|nd|rd|th))\\s+(?:(?:special|emergency\\s+special)\\s+)?session\\b");
    private static final Pattern AGENDA = Pattern.compile(
            "\\b(?:[Pp]rovisional\\s+)?[Aa]genda\\s+items?\\s+(\\d+(?:\\s*\\([a-z]\\))?)|\\bItem\\s+(\\d+)\\s+of\\s+the\\s+provisional\\s+agenda");
    /** {@code [on the report of the First Committee (A/80/534, para. 7)]}; group 1 the body, group 2 the report. */
    private static final Pattern ADOPTED_ON = Pattern.compile(
            "\\[?\\s*on\\s+the\\s+(?:report|recommendation)\\s+of\\s+(.{2,80}?)\\s*\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)\\s*\\]?");
    private static final Pattern ADOPTION_LINE = Pattern.compile(
            "^\\[?\\s*(?:(?:Resolution|Decision)s?\\s+)?[Aa]dopted\\s+(?:by|at)\\b.{0,120}?" + DATE + "\\s*\\]?\\.?$");
    private static final Pattern DISTRIBUTED = Pattern.compile("Distr\\.?\\s*:?\\s*[A-Za-z]+\\s*\\n?\\s*(" + DATE + ")");
    private static final Pattern TITLE_NUMBER = Pattern.compile(
            "^((?:S-|ES-)?\\d{1,4}\\s*/\\s*\\d{1,3}(?:\\s+[A-Z]{1,2})?)\\s*\\.\\s+(.*)$");
    /** {@code Resolution 2719 (2023)} alone on its line; group 1 the number (inside the look-ahead), 2 the kind. */
    private static final Pattern NUMBER_IN_WORDS = Pattern.compile(
            "^(?=(?:Resolution|Decision)\\s+(\\d{1,5}\\s*\\(\\d{4}\\)|\\d{1,4}/\\d{1,3})\\s*$)(Resolution|Decision)\\b.*$");
    private static final Pattern AUTHOR_LINE = Pattern.compile("^(?:Report|Note|Letter)\\s+(?:of|by|from)\\s+(?:the\\s+)?(.{2,80}?)$");
    /** A body's name: capitalised words and the small words inside names only, one of them a body's noun. */
    private static final Pattern BODY_NAME = Pattern.compile(
            "(?=.*\\b(?:Assembly|Council|Commission|Committee|Conference|Board|Meeting|Parties|Forum)\\b)"
                    + "[A-Z][\\p{L}’'\\-]*+(?:\\s+(?:of|on|for|and|the|to|against|in|at|with)\\b|\\s+[A-Z][\\p{L}’'\\-]*+)*+");
    private static final Pattern BODY_LINE = Pattern.compile("^(?:[Tt]he\\s+)?([A-Z]\\S*(?:\\s+\\S+){0,20}?)\\s*,$");
    private static final Pattern NUMBER_LEAD = Pattern.compile(
            "^(\\d{1,2})\\s+(?=(?:the|which|that|as|in|with|for|on|by|including|where|who|whose)\\b)");
    private static final Pattern NEVER = Pattern.compile("(?!)");
    /** Opens the marker candidates' patterns: a look at the character a match starts with, before the look behind. */
    private static final String SPACE_OR_DIGIT = "(?=[ \\d])";
    private static final Pattern LINE_END_CANDIDATE = Pattern.compile(SPACE_OR_DIGIT + "(?<=[\\p{L})”’\\]][,.;:]) ?(\\d{1,2})$");
    /**
     * Glued after punctuation that follows a word or a symbol ({@code system,1}, {@code 79/43,4}), glued to a span of
     * years, which has four figures a side ({@code 2025–20288}: 2025–2028 and marker 8), or spaced after a
     * word's comma before more words ({@code Rights, 1 the}, the space taken with it); never after a number's full
     * stop ({@code 3.5}) nor before a word that makes it a count or a list ({@code , 3 and 4}, {@code , 5 years}).
     */
    private static final Pattern AFTER_PUNCTUATION_CANDIDATE = Pattern.compile(SPACE_OR_DIGIT
            + "(?:(?<=[\\p{L})”’\\]][,.;:])|(?<=\\p{N}[,;:])|(?<=\\b\\d{4}[–-]\\d{4})|(?<=\\p{L}[,;:]) (?=\\d{1,2} (?!(?:and|or|to|per|of|years?"
                    + "|months?|days?)\\b)\\p{Ll}))(\\d{1,2})(?=\\s|$)");
    private static final String TERMINAL = ",.;:!?";

    private EnglishDocumentGrammar() {
    }

    @Override public Pattern paragraphNumber() { return OP_NUMBER; }
    @Override public Pattern subParagraphLabel() { return SUB_LABEL; }
    @Override public Pattern sectionHeading() { return SECTION_HEADING; }
    @Override public Pattern dateOnly() { return DATE_ONLY; }
    @Override public Pattern meeting() { return MEETING; }
    @Override public Pattern closing() { return CLOSING; }

    /** {@code Adopts}, {@code Calls upon}, {@code Takes note}: a verb in the third person; not an adjective in -ous. */
    private static final Pattern OPERATIVE_FORM = Pattern.compile("^(?:[A-Z][a-z]+ly\\s+)?[A-Za-z][a-z]+s(?<!ous|ss)\\b.*");

    @Override
    public boolean operativeForm(String leadVerbForm) {
        return OPERATIVE_FORM.matcher(leadVerbForm.strip()).matches();
    }

    /** A sentence may end inside closing quotes or brackets ({@code …”.} and {@code ….”} both end it). */
    @Override
    public boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i > 0 && "”’\")".indexOf(s.charAt(i)) >= 0 && TERMINAL.indexOf(s.charAt(i - 1)) >= 0) {
            i--;
        }
        return i >= 0 && TERMINAL.indexOf(s.charAt(i)) >= 0;
    }

    @Override
    public boolean introducesWhatFollows(String s) {
        return s.endsWith(":");
    }

    @Override
    public boolean continuesSentence(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char c = line.charAt(0);
        if (Character.isLowerCase(c)) {
            return true;
        }
        return Character.isDigit(c) && !OP_NUMBER.matcher(line).find() && !CLOSING.matcher(line).matches()
                && !DATE_ONLY.matcher(line).matches() && !MEETING.matcher(line).lookingAt();
    }

    @Override
    public boolean printsParagraphStart(String line) {
        return !line.isEmpty() && Character.isUpperCase(line.charAt(0));
    }

    @Override
    public boolean endsFootnote(char c) {
        return c == '.' || c == ')';
    }

    /** A number run into a per cent sign, a slash or a hyphen is a figure or a symbol, never a marker. */
    @Override
    public boolean followsNumber(char c) {
        return c == '%' || c == '/' || c == '-' || c == '–';
    }

    @Override public Pattern numberLead() { return NUMBER_LEAD; }
    @Override public Pattern inlineMarkerCandidate() { return NEVER; }
    @Override public Pattern lineEndMarkerCandidate() { return LINE_END_CANDIDATE; }

    @Override public Pattern afterPunctuationMarkerCandidate() { return AFTER_PUNCTUATION_CANDIDATE; }

    /** {@code The General Assembly,}: the name after the article, before the closing comma. */
    @Override
    public Optional<String> bodyLineName(String line) {
        Matcher m = BODY_LINE.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Override
    public boolean looksLikeBodyName(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0)) && BODY_NAME.matcher(name).matches();
    }

    @Override
    public String bodyLineNameOf(String line) {
        return line.strip().replaceAll("[,\\s]+$", "").replaceFirst("^[Tt]he\\s+", "");
    }

    @Override public Pattern leadingName() { return LEADING_NAME; }

    @Override
    public String withoutKind(String name) {
        return name.replaceAll("(?:^|\\s+)(?:[Rr]esolutions?|[Dd]ecisions?)$", "").strip();
    }

    @Override
    public String withoutKindOrReport(String name) {
        return withoutKind(name.strip().replaceFirst("^(?:[Tt]he\\s+)?(?:[Rr]eport|[Nn]ote)\\s+(?:of|by)\\s+", "")
                .replaceFirst("^[Tt]he\\s+", "").replaceAll("(?:’s|'s)?\\s+report$", ""));
    }

    @Override
    public boolean namesDecision(String line) {
        return line.matches("^Decisions?(?:\\s+adopted\\b.*)?$");
    }

    @Override public Pattern session() { return SESSION; }

    @Override
    public int sessionNumber(String printed) {
        return EnglishNumerals.parse(printed);
    }

    @Override public Pattern agendaItem() { return AGENDA; }
    @Override public Pattern adoptedOn() { return ADOPTED_ON; }

    @Override
    public boolean citesAdoptionBasis(String line) {
        String s = line.strip();
        return s.startsWith("[") || s.contains("on the report of") || s.contains("without reference to");
    }

    @Override
    public String recommendingName(String printed) {
        return printed.strip().replaceFirst("^[Tt]he\\s+", "");
    }

    @Override public Pattern adoptionLine() { return ADOPTION_LINE; }
    @Override public Pattern distributed() { return DISTRIBUTED; }
    @Override public Pattern numberAndTitle() { return TITLE_NUMBER; }
    @Override public Pattern numberInWords() { return NUMBER_IN_WORDS; }
    @Override public Pattern authorLine() { return AUTHOR_LINE; }

    @Override
    public String halfWidthBrackets(String text) {
        return text;
    }

    @Override
    public boolean isSummaryHeading(String line) {
        return line.strip().equalsIgnoreCase("Summary");
    }

    @Override
    public Optional<LocalDate> findDate(CharSequence text) {
        return EnglishDates.find(text);
    }

    private static final Pattern PRINTED_DATE = Pattern.compile("(\\d{1,2}) (" + EnglishDates.MONTH.substring(3, EnglishDates.MONTH.length() - 1) + ") (\\d{4})");

    /** Dates only; the date printed is the reprint's month moved on by two, as a distribution follows adoption. */
    @Override
    public String reprint(String text, Reprint r) {
        return DocumentGrammar.replaceAll(PRINTED_DATE, text, m -> r.day() + " "
                + java.time.Month.of((r.month() + 1) % 12 + 1).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + " " + (r.month() >= 10 ? r.year() + 1 : r.year()));
    }
}
