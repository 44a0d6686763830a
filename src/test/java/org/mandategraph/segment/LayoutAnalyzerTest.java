package org.mandategraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.mandategraph.document.Diagnostic;
import org.mandategraph.document.Footnote;
import org.mandategraph.segment.LayoutAnalyzer.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutAnalyzerTest {
    private final List<Diagnostic> diags = new ArrayList<>();

    private LayoutAnalyzer.Result analyze(String cells) {
        return new LayoutAnalyzer(Stages.ZH, new Warnings("t.txt", diags)).analyze(Stages.lines(cells));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a rule above a numbered line opens the page's footnote area; the next body line is the top of a page
            大会， / ----- / 1 联合国，《条约汇编》，第 2225 卷。 / 又回顾决议，                 | 1=联合国，《条约汇编》，第 2225 卷。 | 大会，/又回顾决议，       | 又回顾决议，
            # a footnote's number alone on its line, its text on the next
            大会， / ----- / 1 / 联合国，《条约汇编》。 / 又回顾决议，                          | 1=联合国，《条约汇编》。             | 大会，/又回顾决议，       | 又回顾决议，
            # a raised marker at a line's start among the paragraphs is a loose footnote, wrapping until it ends
            认识到公约¹， / ¹ 联合国，《条约汇编》， / 第 39574 号。 / 1. 请会员国                | 1=联合国，《条约汇编》，第 39574 号。 | 认识到公约¹，/1. 请会员国 | -
            # a number followed by a date word is body text carried over the page, not the next footnote
            大会， / ----- / 1 脚注一。 / 28 日第 1373 (2001) 号决议                             | 1=脚注一。                           | 大会，/28 日第 1373 (2001) 号决议 | 28 日第 1373 (2001) 号决议
            # a number far beyond the last footnote is no footnote either
            大会， / ----- / 1 脚注一。 / 9 个会员国                                           | 1=脚注一。                           | 大会，/9 个会员国         | 9 个会员国
            # a rule with no footnote under it is just a rule
            大会， / ----- / 又回顾决议，                                                      | -                                    | 大会，/又回顾决议，       | -
            # a page footer ends the page
            大会，又回顾 / 3/12 / 决议，                                                        | -                                    | 大会，又回顾/决议，       | 决议，
            """)
    void footnotesLeaveTheBody(String doc, String footnotes, String body, String afterBreak) {
        LayoutAnalyzer.Result r = analyze(doc);
        List<String> fns = r.footnotes().values().stream().map(f -> f.number() + "=" + f.text()).toList();
        assertThat(String.join(";", fns)).isEqualTo(footnotes == null || footnotes.equals("-") ? "" : footnotes);
        List<Line> nonBlank = r.body().stream().filter(l -> !l.blank()).toList();
        assertThat(nonBlank).extracting(l -> Blocks.visible(l.clean())).containsExactly(body.replace("¹", "").split("/"));
        List<String> broke = nonBlank.stream().filter(Line::afterPageBreak).map(l -> Blocks.visible(l.clean())).toList();
        assertThat(broke).containsExactlyElementsOf(afterBreak.equals("-") ? List.of() : List.of(afterBreak));
    }

    @Test
    void statesFollowTheLines() {
        LayoutAnalyzer.Result r = analyze("认识到公约¹， / ¹ 联合国， / 第 39574 号。 / 大会， / ----- / 2 脚注。 / 又回顾");
        assertThat(r.states()).containsExactly(State.BODY, State.BODY, State.LOOSE_FOOTNOTE, State.LOOSE_FOOTNOTE,
                State.BODY, State.FOOTNOTE_AREA, State.FOOTNOTE_AREA);
    }

    @Test
    void aFootnotePrintedTwiceWithOtherTextIsReported() {
        LayoutAnalyzer.Result r = analyze("认识到公约¹， / ¹ 脚注一。 / 又回顾， / ¹ 另一个脚注。 / 决议，");
        assertThat(r.footnotes().values()).extracting(Footnote::text).containsExactly("脚注一。");
        assertThat(diags).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.message()).contains("footnote 1 printed again");
            assertThat(d.span()).isNotNull();
        });
    }
}
