package org.mandategraph.language.zh;

import java.util.List;
import java.util.regex.Pattern;
import org.mandategraph.language.AnaphoraGrammar;
import org.mandategraph.language.CitationFinder;
import org.mandategraph.language.ClauseGrammar;
import org.mandategraph.language.DocumentGrammar;
import org.mandategraph.language.Language;
import org.mandategraph.language.ReferenceGrammar;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.lexicon.MatchRules;

/** Chinese as UN documents print it: Han script, names matched anywhere, spaces inside names ignored. */
public final class Chinese implements Language {
    public static final String TAG = "zh";
    /** Names are matched anywhere, spaces inside them ignored: {@code 1988 年} is {@code 1988年}. */
    static final MatchRules RULES = new MatchRules(TAG, true, false, false);
    /** Generic heads that name a body by its kind; longest first so {@code 缔约国大会} wins over {@code 大会}. */
    static final List<String> BODY_HEADS = List.of("缔约国大会", "缔约国会议", "缔约方会议", "委员会", "理事会");
    private static final AnaphoraGrammar ANAPHORA = new AnaphoraGrammar("请向与和及同由经使供在对给并该本各",
            c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN, List.of("该", "本"),
            List.of("不限成员名额", "政府间", "专家组", "工作组", "工作队"), "问题", "委员会", List.of("%1$s%2$s"), null, null);
    private static final String PURSUANT = "依照|根据|按照|遵照|依据";
    private static final ReferenceGrammar REFERENCES = new ReferenceGrammar(
            Pattern.compile("[。；;]"),
            Pattern.compile(PURSUANT),
            "(?:" + PURSUANT + "|依|应)",
            Pattern.compile("“[^”]*”|\"[^\"]*\"|「[^」]*」|(?:关于|有关)[^。；，,“”]*?(?:“[^”]*”[^。；，,“”]*?)?的"
                    + "(?=\\s*(?:\\d{4}\\s*年|第|题为))"),
            BODY_HEADS,
            Pattern.compile("[^。]+。?"),
            Pattern.compile("本报告"),
            Pattern.compile("本报告[^。；，,]{0,6}?(?:" + PURSUANT + ")"),
            Pattern.compile("^\\s*[，,]?\\s*本报告[\\s\\S]*"),
            // room for the report's subject between 编写的 and 报告: …号决议编写的[关于…的]报告
            Pattern.compile("^\\s*(?:决议|决定)?[^。；，,]{0,60}?的报告"),
            Pattern.compile("(?:见\\s*)?[A-Z][A-Za-z0-9./\\s-]*[。.]?"),
            Pattern.compile("\\s*[(（]?\\s*"),
            "《", "》", "。；", "。；，,");

    @Override
    public String tag() {
        return TAG;
    }

    @Override
    public double score(CharSequence sample) {
        int han = 0;
        int letters = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                // a letter among the CJK unified ideographs is Han; ASCII is not
                if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        // a Han character carries about as much as a Latin word: weigh it so mixed pages with symbols stay Chinese
        return letters == 0 ? 0 : Math.min(1.0, 5.0 * han / letters);
    }

    @Override
    public MatchRules matchRules() {
        return RULES;
    }

    @Override
    public CitationFinder citationFinder(Gazetteer gazetteer) {
        return new ChineseCitationFinder(gazetteer);
    }

    @Override
    public AnaphoraGrammar anaphora() {
        return ANAPHORA;
    }

    @Override
    public ClauseGrammar clauses() {
        return ChineseClauses.GRAMMAR;
    }

    @Override
    public ReferenceGrammar references() {
        return REFERENCES;
    }

    @Override
    public int number(String printed) {
        return ChineseNumerals.parse(printed);
    }

    @Override
    public DocumentGrammar documentGrammar() {
        return ChineseDocumentGrammar.INSTANCE;
    }
}
