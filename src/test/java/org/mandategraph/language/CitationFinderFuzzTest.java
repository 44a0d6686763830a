package org.mandategraph.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mandategraph.language.CitationToken.ProvisionRef;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.testing.Fragments;
import org.mandategraph.testing.Fuzz;

/**
 * Fuzzing the Chinese and English {@link CitationFinder}s: arbitrary text and text built from citation pieces gives
 * tokens whose spans lie in the text, in reading order (English puts a provision group after the instrument it is
 * "of", its anchor, which it always names), the same tokens every time, never an exception, and long runs of
 * citation-like text are read in bounded time.
 */
@Tag("fuzz")
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

    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(10) == 0 ? 200 + r.nextInt(800) : r.nextInt(40);
        List<String> pieces = r.nextBoolean() ? ZH_PIECES : EN_PIECES;
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(8)) {
                case 0 -> sb.append(Fragments.junk(r, 6));
                case 1 -> sb.append(Fragments.pick(r, r.nextBoolean() ? ZH_PIECES : EN_PIECES));
                case 2 -> sb.append(r.nextInt(r.nextBoolean() ? 10 : 100_000));
                default -> sb.append(Fragments.pick(r, pieces));
            }
        }
        return sb.toString();
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

    @Test
    void chineseTokensLieInTheTextInReadingOrder() {
        Fuzz.forAll("Chinese citation finder", CitationFinderFuzzTest::text).tries(400).limit(Duration.ofSeconds(10))
                .shrinkWith(Fuzz::shrinkText).show(Fuzz::literal).check(t -> assertTokens(ZH, t, false));
    }

    @Test
    void englishTokensLieInTheTextInReadingOrder() {
        Fuzz.forAll("English citation finder", CitationFinderFuzzTest::text).tries(400).limit(Duration.ofSeconds(10))
                .shrinkWith(Fuzz::shrinkText).show(Fuzz::literal).check(t -> assertTokens(EN, t, true));
    }

    /** One piece (or two alternating) repeated to thousands of characters: where backtracking would blow up. */
    private static String repeated(Random r) {
        List<String> pieces = r.nextBoolean() ? ZH_PIECES : EN_PIECES;
        String a = Fragments.pick(r, pieces) + Fragments.pick(r, List.of("", "、", ", ", " and ", "和", " ", "至"));
        String b = r.nextBoolean() ? a : Fragments.pick(r, pieces);
        StringBuilder sb = new StringBuilder();
        int len = 2_000 + r.nextInt(18_000);
        while (sb.length() < len) {
            sb.append(a).append(b);
        }
        return sb.toString();
    }

    @Test
    void longRepeatedCitationsAreReadInBoundedTime() {
        Fuzz.forAll("long repeated citations", CitationFinderFuzzTest::repeated).tries(12).limit(Duration.ofSeconds(15))
                .show(s -> Fuzz.literal(s.substring(0, Math.min(80, s.length()))) + " … (" + s.length() + " chars)")
                .check(t -> {
                    // in a worker's stack: a recursion per character overflows it
                    Throwable[] failure = new Throwable[1];
                    Thread th = new Thread(null, () -> {
                        try {
                            assertTokens(ZH, t, false);
                            assertTokens(EN, t, true);
                        } catch (Throwable e) {
                            failure[0] = e;
                        }
                    }, "finder", 1 << 20);
                    th.start();
                    th.join();
                    if (failure[0] != null) {
                        throw new AssertionError(failure[0]);
                    }
                });
    }

    /**
     * The inputs the brief names, 20,000 characters each: measured, and bounded by a generous limit that only a
     * catastrophic backtrack would exceed (the time is printed, not asserted tightly: the machine is shared).
     */
    @ParameterizedTest
    @ValueSource(strings = {"resolution 1/1, ", "第1、", "第1条第1款和", "resolutions 1/1 and ", "article 1, paragraph 1, of ",
            "A/RES/1/1 and ", "第1/1号决议和", "(a) ", "vol. 1, No. 1, ", "《公约》第1条、"})
    void twentyThousandCharactersOfOneCitationPieceFinishQuickly(String piece) {
        String text = piece.repeat(20_000 / piece.length() + 1);
        for (CitationFinder f : List.of(ZH, EN)) {
            long t0 = System.nanoTime();
            Throwable[] failure = new Throwable[1];
            Thread th = new Thread(null, () -> {
                try {
                    f.tokens(text);
                } catch (Throwable e) {
                    failure[0] = e;
                }
            }, "finder", 1 << 20);
            th.start();
            try {
                th.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("finder " + (f == ZH ? "zh" : "en") + " on " + text.length() + " chars of "
                    + Fuzz.literal(piece) + ": " + ms + " ms");
            assertThat(th.isAlive()).as("still reading after 30 s").isFalse();
            assertThat(failure[0]).as("failure on %s", piece).isNull();
            assertThat(ms).as("ms for 20,000 characters of %s", piece).isLessThan(10_000);
        }
    }
}
