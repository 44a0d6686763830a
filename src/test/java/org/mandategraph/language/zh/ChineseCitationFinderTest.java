package org.mandategraph.language.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandategraph.language.CitationToken;
import org.mandategraph.language.CitationToken.BodyAnaphor;
import org.mandategraph.language.CitationToken.BodyName;
import org.mandategraph.language.CitationToken.InstrumentAnaphor;
import org.mandategraph.language.CitationToken.InstrumentName;
import org.mandategraph.language.CitationToken.ProvisionRef;
import org.mandategraph.language.CitationToken.ResolutionRef;
import org.mandategraph.language.CitationToken.SelfAnaphor;
import org.mandategraph.language.CitationToken.SymbolRef;
import org.mandategraph.language.CitationToken.TreatySeriesRef;
import org.mandategraph.testing.Lexicons;

/**
 * The Chinese find stage on its own (eyecite's find tests): each row a text and the tokens it must give, written
 * compactly, in reading order, before any resolution against a document's context.
 */
class ChineseCitationFinderTest {
    private static final ChineseCitationFinder FINDER = new ChineseCitationFinder(Lexicons.gazetteer());

    /** A token as a short string: kind and what it says. */
    private static String show(CitationToken t) {
        if (t instanceof InstrumentName n) {
            return "I:" + n.entry().code();
        }
        if (t instanceof InstrumentAnaphor a) {
            return "IA:" + a.kind();
        }
        if (t instanceof BodyName b) {
            return "B:" + b.entry().code();
        }
        if (t instanceof BodyAnaphor a) {
            return "BA:" + a.head();
        }
        if (t instanceof SelfAnaphor) {
            return "SELF";
        }
        if (t instanceof ResolutionRef r) {
            return (r.decision() ? "D:" : "R:") + r.number() + (r.bodyCode() == null ? "" : "@" + r.bodyCode());
        }
        if (t instanceof ProvisionRef p) {
            return "P:" + p.paths().stream().map(x -> String.join("/", x)).collect(Collectors.joining("+"))
                    + ":" + p.attachment();
        }
        if (t instanceof SymbolRef s) {
            return "S:" + s.symbol();
        }
        TreatySeriesRef u = (TreatySeriesRef) t;
        return "U:" + u.volume() + "/" + u.number();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # an instrument named in full, then an article and paragraph right after it
            《联合国打击跨国有组织犯罪公约》第 7 条第 1 款                 | I:UNTOC P:art/7/para/1:DIRECT
            # lists of articles become one group of paths
            《联合国反腐败公约》第 6、7 和 17 条                           | I:UNCAC P:art/6+art/7+art/17:DIRECT
            # a lettered sub-paragraph, attached directly to the short title printed before it
            《公约》第2条(b)项                                             | IA:convention P:art/2/subpara/b:DIRECT
            # a chapter in Chinese numerals is keyed by its Roman numeral
            《联合国反腐败公约》第五章                                     | I:UNCAC P:chap/V:DIRECT
            # a body before a resolution number; the number alone says nothing of its body
            大会第 66/177 号决议                                           | B:GA R:66/177
            # ranges expand to every number
            经济及社会理事会第 2012/12 至 2012/14 号决议                  | B:ECOSOC R:2012/12 R:2012/13 R:2012/14
            # a decision
            委员会第 19/1 号决定                                           | BA:委员会 D:19/1
            # a resolution symbol names its body itself
            A/RES/66/177                                                   | R:66/177@GA
            # a document symbol; the Secretary-General adopts no resolutions, so is no issuer token
            秘书长的报告(A/67/156)                                         | S:A/67/156
            # "its" before a number: the body that speaks
            其第 20/1 号决议                                               | SELF R:20/1
            # a Treaty Series reference
            联合国，《条约汇编》，第 2225 卷，第 39574 号                  | U:2225/39574
            """)
    void tokens(String text, String expected) {
        List<String> got = FINDER.tokens(text.strip()).stream().map(ChineseCitationFinderTest::show).toList();
        assertThat(String.join(" ", got)).isEqualTo(expected.strip());
    }

    /**
     * Found by fuzzing (CitationFinderFuzzTest): a number too long for an {@code int} threw a
     * NumberFormatException out of the finder, and so out of the extraction of its document. It is kept as printed
     * and no range to it is expanded.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            第99999999999条                 | P:art/99999999999:BARE
            第1至99999999999条              | P:art/1+art/99999999999:BARE
            第1条至第99999999999条          | P:art/1+art/99999999999:BARE
            第0099999999999条第2款          | P:art/99999999999/para/2:BARE
            """)
    void aNumberTooLongForAnIntIsKeptAsPrinted(String text, String expected) {
        List<String> got = FINDER.tokens(text.strip()).stream().map(ChineseCitationFinderTest::show).toList();
        assertThat(String.join(" ", got)).isEqualTo(expected.strip());
    }

    /**
     * Found by fuzzing (CitationFinderFuzzTest): 20,000 characters of one list piece overflowed a worker's stack
     * (1 MiB), a regex frame per list item; the article and document-number lists now match in loops that keep no
     * frame per turn. The provisions of the piece repeated are still found: one group, a path per article.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            第1、          | 0
            第1条第1款和   | 2858
            第1段和第      | 0
            第1/1、        | 0
            第1卷、        | 0
            """)
    void longRunsOfOneListPieceDoNotOverflowTheStack(String piece, int paths) throws InterruptedException {
        String text = piece.strip().repeat(20_000 / piece.strip().length() + 1);
        Throwable[] failure = new Throwable[1];
        List<CitationToken> tokens = new java.util.ArrayList<>();
        Thread t = new Thread(null, () -> {
            try {
                tokens.addAll(FINDER.tokens(text));
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "finder", 1 << 20);
        t.start();
        t.join();
        assertThat(failure[0]).isNull();
        assertThat(tokens.stream().filter(x -> x instanceof ProvisionRef).mapToInt(x -> ((ProvisionRef) x).paths().size()).sum())
                .isEqualTo(paths);
    }
}
