package org.mandategraph.language;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How one language prints the structure of a UN document: paragraph and sub-paragraph markers, the closing
 * record, the header's lines (session, agenda item, number and title, adoption record, author), and the words
 * a number is followed by when it is a count rather than a footnote marker. The segmenter asks the document's
 * grammar and holds no words of any language itself.
 *
 * <p>An implementation must be stateless and thread-safe. Patterns are used with {@code find()} or
 * {@code matches()} as each method says, and their groups are those documented on the method.
 */
public interface DocumentGrammar {
    // ------------------------------------------------------------------ paragraphs

    /** A numbered paragraph's marker at the start of a line ({@code find}); group 1 the number, the match ends before the text. */
    Pattern paragraphNumber();

    /** A sub-paragraph's label at the start of a line ({@code find}); group 1 the label ({@code a}, {@code iv}). */
    Pattern subParagraphLabel();

    /** A section heading's numbering at the start of a line ({@code find}): {@code 一、}, {@code A.}, {@code IV.}. */
    Pattern sectionHeading();

    /** A line that is a date alone ({@code matches}). */
    Pattern dateOnly();

    /** The meeting that adopted the text ({@code find}; {@code matches} for a line that is only that); group 1 its number. */
    Pattern meeting();

    /** The closing record of a resolution: its date, its meeting, or both ({@code matches}, may be empty-free). */
    Pattern closing();

    /** Whether the text ends a sentence or clause (the last character is a sentence or clause mark). */
    boolean endsSentence(String text);

    /**
     * Whether a lead verb printed so ({@code Adopts}, not {@code Recalling}) opens an operative paragraph: how an
     * unnumbered operative part is told from the preamble. False where the language's forms do not tell them apart.
     */
    default boolean operativeForm(String leadVerbForm) {
        return false;
    }

    /** Whether the text ends with a mark that introduces what follows (a colon). */
    boolean introducesWhatFollows(String text);

    /**
     * Whether a line can only continue the sentence before it, whatever that sentence ended with: in English a
     * paragraph opens with a capital, a number or a label, so a line opening in lower case, or with a figure that is
     * no paragraph number ({@code 56/14 of 29 November 2001,}), carries on the paragraph above, even past a
     * paragraph's comma and a blank line a page break left. Languages whose script tells nothing so return false.
     */
    boolean continuesSentence(String line);

    /**
     * Whether the line opens as only a paragraph's first word is printed (English: a capital), so that a lead verb
     * so printed after a blank line starts a paragraph; languages whose script tells nothing so (a Chinese lead verb
     * with 并 may go on the sentence above) return false.
     */
    boolean printsParagraphStart(String line);

    /** Whether a footnote's text may end with {@code c} (a full stop or closing bracket). */
    boolean endsFootnote(char c);

    // ------------------------------------------------------------------ numbers that are not markers

    /** Whether {@code c} after a number makes it a count, date or provision, never a footnote marker. */
    boolean followsNumber(char c);

    /** A bare number opening a line before words ({@code find}); group 1 the number. */
    Pattern numberLead();

    /**
     * A bare number between words that is no count or date ({@code replaceAll}); group 1 the number, in ASCII digits
     * (the segmenter does not search a line without one, nor for the next pattern).
     */
    Pattern inlineMarkerCandidate();

    /**
     * A bare number ending a line after a word ({@code find}); group 1 the number. Searched for in the last 64
     * characters of the text so far (its look behind sees further).
     */
    Pattern lineEndMarkerCandidate();

    /** A bare number right after a sentence or clause mark ({@code replaceAll}); group 1 the number. */
    Pattern afterPunctuationMarkerCandidate();

    // ------------------------------------------------------------------ header

    /**
     * The adopting body's line that opens a resolution's preamble ({@code 大会，}): the name printed before its
     * closing comma, or empty when the line is no such line.
     */
    Optional<String> bodyLineName(String line);

    /** Whether a name printed on a body line reads as a body's name (a council, a conference…) though unlisted. */
    boolean looksLikeBodyName(String name);

    /** The body line's name without its trailing punctuation. */
    String bodyLineNameOf(String line);

    /** The words a header line starts with ({@code find}), before Latin text printed beside them; group 1. */
    Pattern leadingName();

    /** A printed name without the document kind that may follow it ({@code 大会决议} → {@code 大会}). */
    String withoutKind(String name);

    /** A printed name without a document kind or report noun ({@code 执行主任的报告} → {@code 执行主任}). */
    String withoutKindOrReport(String name);

    /** Whether the line names a decision (rather than a resolution) at its end. */
    boolean namesDecision(String line);

    /** The session ({@code find}); group 1 its number as printed. */
    Pattern session();

    /** The number printed for a session (numerals of the language or digits); 0 when unreadable. */
    int sessionNumber(String printed);

    /** The agenda item ({@code find}); group 1 the item as printed. */
    Pattern agendaItem();

    /** The report or recommendation the text was adopted on ({@code find}); group 1 the body, group 2 the symbol. */
    Pattern adoptedOn();

    /** Whether a header line cites what the text was adopted on (such a line's symbol is not the document's). */
    boolean citesAdoptionBasis(String line);

    /** The recommending body's printed name from {@link #adoptedOn()}'s group 1. */
    String recommendingName(String printed);

    /** A line recording adoption ({@code matches}): a date and a word saying it was adopted. */
    Pattern adoptionLine();

    /** The distribution date line ({@code find}); group 1 the date as printed. */
    Pattern distributed();

    /** A number and title on one line ({@code matches}); group 1 the number, group 2 the title. */
    Pattern numberAndTitle();

    /** A number alone in the language's words ({@code matches}); group 1 the number, group 2 the kind. */
    Pattern numberInWords();

    /** The text with the language's full-width brackets as ASCII ones ({@code 1373（2001）} → {@code 1373(2001)}). */
    String halfWidthBrackets(String text);

    /** A report's author line ({@code matches}); group 1 the author as printed. */
    Pattern authorLine();

    /** Whether the line is the heading of a report's summary. */
    boolean isSummaryHeading(String line);

    /** The first date printed in the text. */
    Optional<LocalDate> findDate(CharSequence text);

    /**
     * The text with the session, agenda item and dates as this language prints them replaced by those of
     * {@code r}; other text unchanged. Used to generate test corpora, never when reading.
     */
    default String reprint(String text, Reprint r) {
        return text;
    }

    /** Every match of {@code p} in {@code s} replaced by {@code f} of it. */
    static String replaceAll(Pattern p, String s, java.util.function.Function<java.util.regex.Matcher, String> f) {
        java.util.regex.Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
