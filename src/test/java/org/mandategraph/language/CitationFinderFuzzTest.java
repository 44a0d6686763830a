package org.mandategraph.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.mandategraph.language.CitationToken.ProvisionRef;
import org.mandategraph.language.CitationToken.ResolutionRef;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.testing.Fragments;
import org.mandategraph.testing.FuzzRun;

/**
 * Fuzzing the Chinese and English {@link CitationFinder}s. On arbitrary text and text built from citation pieces:
 * tokens whose spans lie in the text, in reading order (English puts a provision group after the instrument it is
 * "of", its anchor), the same tokens every time, never an exception, and long runs of one citation piece read
 * within {@link FuzzRun}'s time limit on a worker's stack. On citations generated from each language's grammar
 * ({@code 第7条第1款}, {@code article 7, paragraph 1, of the Convention}, resolution lists) put into arbitrary text:
 * the finder reads back exactly the numbers and provisions printed.
 */
@AddLifecycleHook(FuzzRun.class)
class CitationFinderFuzzTest {
    private static final CitationFinder ZH = finder("zh");
    private static final CitationFinder EN = finder("en");

    static final List<String> ZH_PIECES = List.of("第65/232号决议", "第 66/177 号决议", "第1、2和3条", "第24条第4款和第25条",
            "第 2225 卷，第 39574 号", "A/RES/66/177和Corr.1", "A/66/89/Corr.2", "《公约》", "该公约", "《政治宣言》", "第五章",
            "第三和第四章", "第3段", "其第60/1号决议", "第1373 (2001)号决议", "第S-20/2号决议", "第2012/17号决定", "至", "、", "和",
            "及", "第", "号", "决定", "决议", "决议草案", "条", "款", "(a)项", "（b）", "大会", "安全理事会", "委员会", "缔约方会议",
            "《联合国打击跨国有组织犯罪公约》", "第十四届大会", "2011年12月19日", "，", "。", " ", "1", "/", "(", "）");
    static final List<String> EN_PIECES = List.of("resolution 66/177", "resolutions 1/1, 2/2 and 3/3", "decision 2/CP.1",
            "article 7, paragraph 1, of the Convention", "articles 1 to 5", "paragraphs 3 and 4 of", "sections II and III",
            "United Nations, Treaty Series, vol. 2225, No. 39574", "A/RES/80/1/Add.1", "A/66/89 and Corr.1", "the Convention",
            "the Protocol", "its resolution", "Security Council resolution 1540 (2004)", "resolution 2200 A (XXI)",
            "resolution 35/142 B", "resolutions 36/87 A and B", "of 19 December 2011", ", ", " and ", " to ", "-", " as well as ",
            "General Assembly", "Human Rights Council", "the Commission", "the Council", "the Political Declaration",
            "chapter IV", "annex", "(a)", "of the", "Resolution", "S-10/2", "ES-11/1", "1", "/", "(", ")", " ");

    private static CitationFinder finder(String tag) {
        Language l = Languages.forTag(tag).orElseThrow();
        return l.citationFinder(Gazetteer.of(l.matchRules()));
    }

    /** Pieces of one language's citations, now and then the other's, junk and numbers; sometimes long. */
    private static Arbitrary<String> pieces(List<String> own, List<String> other) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.of(own)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(other)),
                net.jqwik.api.Tuple.of(1, Fragments.junk(6)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 99_999).map(String::valueOf)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(8).ofMaxLength(24)));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(9, piece.list().ofMaxSize(40)),
                        net.jqwik.api.Tuple.of(1, piece.list().ofMinSize(200).ofMaxSize(1000)))
                .map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> chineseText() {
        return pieces(ZH_PIECES, EN_PIECES);
    }

    @Provide
    Arbitrary<String> englishText() {
        return pieces(EN_PIECES, ZH_PIECES);
    }

    static void assertTokens(CitationFinder finder, String text, boolean english) {
        List<CitationToken> tokens = finder.tokens(text);
        Set<CitationToken> seen = new HashSet<>();
        int lastStart = 0;
        for (CitationToken t : tokens) {
            assertThat(t.span().start()).as("start of %s", t).isBetween(0, text.length());
            assertThat(t.span().end()).as("end of %s", t).isBetween(t.span().start(), text.length());
            if (t instanceof ProvisionRef p && english) {
                if (p.anchor() != null) {
                    assertThat(seen).as("anchor of %s read before it", p).contains(p.anchor());
                }
            } else {
                assertThat(t.span().start()).as("%s in reading order", t).isGreaterThanOrEqualTo(lastStart);
                lastStart = t.span().start();
            }
            seen.add(t);
        }
        assertThat(finder.tokens(text)).as("the same tokens again").isEqualTo(tokens);
    }

    @Property(tries = 400)
    void chineseTokensLieInTheTextInReadingOrder(@ForAll("chineseText") String t) {
        assertTokens(ZH, t, false);
    }

    @Property(tries = 400)
    void englishTokensLieInTheTextInReadingOrder(@ForAll("englishText") String t) {
        assertTokens(EN, t, true);
    }

    /** One piece, or two alternating, with a joint, repeated to 2,000–20,000 characters: where backtracking blows up. */
    @Provide
    Arbitrary<String> repeated() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(ZH_PIECES), Arbitraries.of(EN_PIECES));
        return Combinators.combine(piece, Arbitraries.of("", "、", ", ", " and ", "和", " ", "至"), piece,
                Arbitraries.of(true, false), Arbitraries.integers().between(2_000, 20_000)).as((a, joint, b, same, len) -> {
                    String unit = a + joint + (same ? a + joint : b);
                    return unit.repeat(len / unit.length() + 1);
                });
    }

    @Property(tries = 12)
    void longRepeatedCitationsAreReadInBoundedTime(@ForAll("repeated") String t) {
        assertTokens(ZH, t, false);
        assertTokens(EN, t, true);
    }

    // --- citations printed from the grammar, read back

    /** A citation as printed, and what the finder must read from it: resolution numbers or provision paths. */
    record Printed(String text, List<String> expected) {
    }

    private static Arbitrary<String> resolutionNumber() {
        return Combinators.combine(Arbitraries.integers().between(1, 80), Arbitraries.integers().between(1, 330))
                .as((s, n) -> s + "/" + n);
    }

    private static String list(List<String> items, String comma, String and) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(comma, items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
    }

    @Provide
    Arbitrary<Printed> chineseCitations() {
        Arbitrary<Printed> resolutions = Combinators.combine(resolutionNumber().list().uniqueElements().ofMinSize(1).ofMaxSize(5),
                Arbitraries.of("决议", "决定"), Arbitraries.of("", " ")).as((ns, kind, sp) ->
                new Printed("第" + sp + list(ns, "、", "和") + sp + "号" + kind,
                        ns.stream().map(n -> (kind.equals("决定") ? "D:" : "R:") + n).toList()));
        Arbitrary<Integer> num = Arbitraries.integers().between(1, 99);
        Arbitrary<Printed> articleParagraph = Combinators.combine(num, num, Arbitraries.of("", " ")).as((a, p, sp) ->
                new Printed("《公约》第" + sp + a + sp + "条第" + sp + p + sp + "款", List.of("P:art/" + a + "/para/" + p)));
        Arbitrary<Printed> articles = num.list().uniqueElements().ofMinSize(1).ofMaxSize(5).map(as -> new Printed(
                "《公约》第" + list(as.stream().map(String::valueOf).toList(), "、", "和") + "条",
                as.stream().map(a -> "P:art/" + a).toList()));
        return Arbitraries.oneOf(resolutions, articleParagraph, articles);
    }

    @Provide
    Arbitrary<Printed> englishCitations() {
        Arbitrary<Printed> resolutions = Combinators.combine(resolutionNumber().list().uniqueElements().ofMinSize(1).ofMaxSize(5),
                Arbitraries.of("resolution", "decision")).as((ns, kind) ->
                new Printed(kind + (ns.size() > 1 ? "s " : " ") + list(ns, ", ", " and "),
                        ns.stream().map(n -> (kind.equals("decision") ? "D:" : "R:") + n).toList()));
        Arbitrary<Integer> num = Arbitraries.integers().between(1, 99);
        Arbitrary<Printed> articleParagraph = Combinators.combine(num, num).as((a, p) ->
                new Printed("article " + a + ", paragraph " + p + ", of the Convention", List.of("P:art/" + a + "/para/" + p)));
        Arbitrary<Printed> articles = num.list().uniqueElements().ofMinSize(1).ofMaxSize(5).map(as -> new Printed(
                (as.size() > 1 ? "articles " : "article ") + list(as.stream().map(String::valueOf).toList(), ", ", " and ")
                        + " of the Convention", as.stream().map(a -> "P:art/" + a).toList()));
        return Arbitraries.oneOf(resolutions, articleParagraph, articles);
    }

    /** What the finder read inside [from, to) of the text, spelled as {@link Printed#expected} spells it. */
    private static List<String> readBack(CitationFinder finder, String text, int from, int to) {
        List<String> out = new ArrayList<>();
        for (CitationToken t : finder.tokens(text)) {
            if (t.span().start() < from || t.span().end() > to) {
                continue;
            }
            if (t instanceof ResolutionRef r) {
                out.add((r.decision() ? "D:" : "R:") + r.number());
            } else if (t instanceof ProvisionRef p) {
                p.paths().forEach(x -> out.add("P:" + String.join("/", x)));
            }
        }
        return out;
    }

    private static void assertReadBack(CitationFinder finder, String before, String verb, Printed c, String after, String stop) {
        String head = before + stop + verb;
        String text = head + c.text() + stop + after;
        assertThat(readBack(finder, text, head.length(), head.length() + c.text().length()))
                .as("citations read from %s", org.mandategraph.testing.Literals.of(text))
                .isEqualTo(c.expected());
    }

    @Property(tries = 300)
    void chineseCitationsPrintedFromTheGrammarReadBack(@ForAll("chineseCitations") Printed c,
            @ForAll("chineseText") String before, @ForAll("chineseText") String after) {
        assertReadBack(ZH, before, "回顾", c, after, "。\n");
    }

    @Property(tries = 300)
    void englishCitationsPrintedFromTheGrammarReadBack(@ForAll("englishCitations") Printed c,
            @ForAll("englishText") String before, @ForAll("englishText") String after) {
        assertReadBack(EN, before, "Recalling ", c, after, ".\n");
    }

    /**
     * The pieces that overflowed a worker's stack or scanned to the end of the text from every start, 20,000
     * characters each, through both finders on a 1 MiB stack: no failure (a join of a minute guards against a hang
     * without timing anything).
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"resolution 1/1, ", "第1、", "第1条第1款和", "resolutions 1/1 and ",
            "article 1, paragraph 1, of ", "A/RES/1/1 and ", "第1/1号决议和", "(a) ", "vol. 1, No. 1, ", "《公约》第1条、"})
    void twentyThousandCharactersOfOneCitationPieceAreRead(String piece) throws InterruptedException {
        String text = piece.repeat(20_000 / piece.length() + 1);
        Throwable[] failure = new Throwable[1];
        Thread th = new Thread(null, () -> {
            try {
                assertTokens(ZH, text, false);
                assertTokens(EN, text, true);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "finder", 1 << 20);
        th.start();
        th.join(60_000);
        assertThat(th.isAlive()).as("still reading after a minute").isFalse();
        assertThat(failure[0]).as("failure on %s", piece).isNull();
    }
}
