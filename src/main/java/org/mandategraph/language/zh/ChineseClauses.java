package org.mandategraph.language.zh;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mandategraph.language.ClauseGrammar;

/** How Chinese operative paragraphs string directives together: {@code 请…，并请…}, {@code 会员国和其他捐助方}, {@code 向…第N届会议报告}. */
final class ChineseClauses {
    private static final String CLAUSE_BREAKS = "，；：。,;:";
    /** Words that may join a directive clause to the previous one without being part of the verb form. */
    private static final List<String> CONNECTIVES = List.of("并且", "同时", "此外", "以及", "在这方面", "为此", "并", "还", "也", "又", "另");
    /** Words joining addressees into a list; {@code 与} ("together with") is not one of them. */
    private static final List<String> LIST_JOINERS = List.of("以及", "或者", "和", "及", "、", "或");
    private static final Set<String> DETERMINERS = Set.of("各", "所有", "有关", "相关", "这些", "所有有关", "所有相关", "其他", "其它");
    /** Titles and short titles between a verb and its addressee: {@code 《联合国反腐败公约》缔约国}, {@code 该公约缔约国}. */
    private static final Pattern TITLES = Pattern.compile(
            "^(?:(?:《[^》]+》|[该本此](?:公约|议定书|文书)|这些(?:公约|议定书|文书))[、和及]?)+(?:的)?(?:各|所有|有关|相关)?$");
    private static final Pattern SESSION = Pattern.compile("^\\s*第\\s*([〇零一二三四五六七八九十百两0-9]+)\\s*届(?:会议)?");
    private static final int MAX_MODIFIER = 80;

    static final ClauseGrammar GRAMMAR = new ClauseGrammar(CLAUSE_BREAKS, "并", CONNECTIVES, LIST_JOINERS,
            DETERMINERS::contains, ChineseClauses::modifier, "向", SESSION, "报告", null, null, Set.of());

    private ChineseClauses() {
    }

    /**
     * A determiner, a title ({@code 《公约》缔约国}), or a modifier ending in {@code 的} ({@code 尚未批准…的会员国}),
     * short and within one clause.
     */
    static boolean modifier(String gap) {
        if (gap.isEmpty() || DETERMINERS.contains(gap) || TITLES.matcher(gap).matches()) {
            return true;
        }
        if (gap.length() > MAX_MODIFIER || gap.chars().anyMatch(c -> CLAUSE_BREAKS.indexOf(c) >= 0)) {
            return false;
        }
        String g = gap;
        for (String d : DETERMINERS) {
            if (g.endsWith("的" + d)) {
                g = g.substring(0, g.length() - d.length());
                break;
            }
        }
        return g.endsWith("的");
    }
}
