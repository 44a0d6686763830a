package org.mandategraph.language.en;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandategraph.language.AnaphoraGrammar;
import org.mandategraph.language.CitationFinder;
import org.mandategraph.language.ClauseGrammar;
import org.mandategraph.language.DocumentGrammar;
import org.mandategraph.language.Language;
import org.mandategraph.language.ReferenceGrammar;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.lexicon.MatchRules;

/**
 * English as UN documents print it: Latin script, names matched as whole words, runs of spaces as one, a small
 * letter of a name matching either case (sentence-initial capitals, all-caps headings) while a capital must stay a
 * capital (so {@code WHO} is not "who" and {@code States} is not the verb "states").
 */
public final class English implements Language {
    public static final String TAG = "en";
    static final MatchRules RULES = new MatchRules(TAG, false, true, true);

    /**
     * Generic heads that name a body by its kind ("the Commission"), longest first, in the gazetteer's folded form
     * because the resolver compares them with the folded names of the bodies.
     */
    static final List<String> BODY_HEADS = List.of("conference of the states parties", "conference of the parties",
            "meeting of states parties", "commission", "council", "committee", "assembly", "board", "conference");

    private static final String PURSUANT = "pursuant\\s+to|in\\s+accordance\\s+with|as\\s+requested\\s+in"
            + "|in\\s+response\\s+to|in\\s+follow-up\\s+to|in\\s+compliance\\s+with";
    private static final String MONTH = EnglishDates.MONTH;
    /** A run of capitalised words with the small words that join them inside a name. */
    static final String NAME_RUN = "\\b[A-Z][\\p{L}\\p{N}’'\\-]*+(?:\\s+(?:(?:of|on|for|and|the|to|against|in|at"
            + "|with|de|del|la|des|du)\\s+)*+[A-Z][\\p{L}\\p{N}’'\\-]*+)*+";
    /** What follows an issuer: its resolution or decision, directly or "in its resolution". */
    private static final String ISSUES = "\\s+(?:resolutions?|decisions?)\\b"
            + "|,?\\s+(?:in|by|through)\\s+its\\s+(?:\\p{L}+\\s+){0,2}?(?:resolutions?|decisions?)\\b";

    private static final ReferenceGrammar REFERENCES = new ReferenceGrammar(
            Pattern.compile(";|\\.(?=\\s+[A-Z“\"(]|\\s*$)"),
            Pattern.compile("\\b(?:" + PURSUANT + "|established\\s+(?:by|under|in))\\b"),
            "\\b(?:" + PURSUANT + "|requested\\s+in)\\b",
            // quoted titles, and every name not followed by its resolution: in English the issuer directly precedes
            // the word "resolution", so a body named elsewhere in the clause is not the issuer
            Pattern.compile("“[^”]*”|\"[^\"]*\"|" + NAME_RUN + "(?!" + ISSUES + ")"),
            BODY_HEADS,
            Pattern.compile("(?:[^.;]++|\\.(?!\\s+[A-Z“\"(]|\\s*$))++[.;]?"),
            Pattern.compile("\\b(?:[Tt]his|[Tt]he\\s+present)\\s+(?:report|note|study)\\b"),
            Pattern.compile("\\b(?:[Tt]his|[Tt]he\\s+present)\\s+(?:report|note|study)\\b[^.;]{0,60}?\\b(?:"
                    + PURSUANT + ")\\b"),
            Pattern.compile("^(?:\\s+of\\s+\\d{1,2}\\s+" + MONTH + "\\s+\\d{4})?\\s*,?\\s*(?:[Tt]his|[Tt]he\\s+present)"
                    + "\\s+(?:report|note|study)\\b[\\s\\S]*"),
            // English names the report before the reference ("the report of the Secretary-General submitted pursuant
            // to resolution 79/43"): all that can be checked after it is that the reference closes the phrase
            Pattern.compile("^(?:\\s+of\\s+\\d{1,2}\\s+" + MONTH + "\\s+\\d{4})?(?=\\s*(?:[,;.:()]|\\d{1,2}\\b|$))"),
            Pattern.compile("(?:See\\s+)?(?:also\\s+)?[A-Z][A-Za-z0-9./()\\-]*(?:\\s+and\\s+(?:Corr|Add|Rev)\\.\\d+)*\\.?"),
            Pattern.compile("\\s*[(]?\\s*"),
            "", ", ", ".;", ".;,");

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "its", "on", "for",
            "that", "with", "by", "as", "all", "which", "be");

    @Override
    public String tag() {
        return TAG;
    }

    /**
     * The share of Latin letters, a Han character counting as five (it carries about as much as a Latin word, so a
     * Chinese page full of symbols and acronyms stays Chinese), halved when no English function word occurs (a page
     * of symbols or of another Latin-script language is no English text).
     */
    @Override
    public double score(CharSequence sample) {
        int latin = 0;
        int han = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript s = c < 0x80 ? Character.UnicodeScript.LATIN
                    : c >= 0x4E00 && c <= 0x9FFF ? Character.UnicodeScript.HAN : Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.LATIN) {
                latin++;
            } else if (s == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        if (latin == 0) {
            return 0;
        }
        double share = (double) latin / (latin + 5.0 * han);
        return englishWords(sample) ? share : share / 2;
    }

    /** A Latin word; positions on CJK ideographs (most of a Chinese text) are passed over before the word boundary is asked. */
    private static final Pattern LATIN_WORD = Pattern.compile("(?!\\p{InCJK_Unified_Ideographs})\\b\\p{IsLatin}+\\b");

    private static boolean englishWords(CharSequence sample) {
        Matcher m = LATIN_WORD.matcher(sample);
        int words = 0;
        int function = 0;
        while (m.find() && words < 2000) {
            words++;
            if (FUNCTION_WORDS.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
                function++;
            }
        }
        return words > 0 && function * 20 >= words;
    }

    @Override
    public MatchRules matchRules() {
        return RULES;
    }

    @Override
    public CitationFinder citationFinder(Gazetteer gazetteer) {
        return new EnglishCitationFinder(gazetteer);
    }

    @Override
    public ReferenceGrammar references() {
        return REFERENCES;
    }

    @Override
    public int number(String printed) {
        return EnglishNumerals.parse(printed);
    }

    @Override
    public ClauseGrammar clauses() {
        return CLAUSES;
    }

    @Override
    public AnaphoraGrammar anaphora() {
        return ANAPHORA;
    }

    @Override
    public DocumentGrammar documentGrammar() {
        return EnglishDocumentGrammar.INSTANCE;
    }

    private static final Set<String> DETERMINERS = Set.of("all", "the", "relevant", "all relevant", "the relevant",
            "those", "other", "all other", "interested", "all interested", "concerned", "the concerned");

    /** A short run of words with no clause break: "States in a position to do so" keeps its head first, so little is allowed. */
    private static boolean modifier(String gap) {
        if (gap.isEmpty() || DETERMINERS.contains(gap)) {
            return true;
        }
        return gap.length() <= 40 && gap.chars().noneMatch(c -> ",;:.".indexOf(c) >= 0) && gap.split(" ").length <= 4;
    }

    /**
     * Clauses: a directive opens after a clause break, after "and" with none ("keeps it under review and requests
     * the Secretary-General"), or after the connectives that stand before a verb ("and, to that end, requests").
     */
    private static final ClauseGrammar CLAUSES = new ClauseGrammar(",;:.", " and ",
            List.of("and to that end", "and to this end", "and in that regard", "and in this regard", "and also",
                    "and further", "to that end", "to this end", "in that regard", "in this regard", "in that context",
                    "in this context", "for that purpose", "in particular", "therefore", "and", "also"), List.of(", and ", ", or ", ",", "and ", "or "),
            DETERMINERS::contains, English::modifier, "report to", Pattern.compile("^\\s*at its (\\S+) session"), "",
            Pattern.compile("\\s+(?:to|of)\\s+the\\s+" + NAME_RUN.substring(2)), "to", Set.of("recommend"));

    private static final AnaphoraGrammar ANAPHORA = new AnaphoraGrammar(" ,;:(",
            Character::isLetterOrDigit, List.of("the ", "this ", "that ", "those ", "its "),
            List.of("open-ended intergovernmental expert group", "intergovernmental", "expert group", "working group"),
            null, "commission", List.of("%2$s of the %1$s", "%2$s of %1$s"),
            Pattern.compile("\\b(?<mods>[A-Z][\\p{L}-]+(?:,\\s+[A-Z][\\p{L}-]+)*,?\\s+and\\s+[A-Z][\\p{L}-]+)\\s+(?<head>\\p{Ll}+)\\b"),
            Pattern.compile(",?\\s+and\\s+|,\\s+"));
}
