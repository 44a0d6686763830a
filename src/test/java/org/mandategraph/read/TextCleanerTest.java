package org.mandategraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # repeated bold run of a whole word, as PDF extraction prints bold
            认识到认识到认识到认识到跨国有组织犯罪             | 认识到跨国有组织犯罪
            # bold runs character by character
            邀邀邀邀请请请请会员国                           | 邀请会员国
            # two bold words in a row
            强调强调强调强调指出指出指出指出需要             | 强调指出需要
            # prefix and verb bold separately
            又又又又回顾回顾回顾回顾大会                     | 又回顾大会
            # a long body name printed bold: the run is as long as the name
            联合国打击跨国有组织犯罪公约缔约方会议联合国打击跨国有组织犯罪公约缔约方会议联合国打击跨国有组织犯罪公约缔约方会议联合国打击跨国有组织犯罪公约缔约方会议， | 联合国打击跨国有组织犯罪公约缔约方会议，
            # the body line itself in bold
            经济及社会理事会经济及社会理事会经济及社会理事会经济及社会理事会， | 经济及社会理事会，
            # markdown bold markers
            1. **敦促**会员国                               | 1. 敦促会员国
            # markdown headings
            ## 67/189. 加强联合国                           | 67/189. 加强联合国
            # a doubled word is ordinary Chinese and stays
            人人享有                                        | 人人享有
            # runs of spaces collapse to one
            第  65/232   号决议                             | 第 65/232 号决议
            # full-width digits and symbols read as half-width; Chinese punctuation stays
            １２．请Ａ／６６／１７７号文件，   | 12．请A/66/177号文件，
            # HTML tags other than sup are dropped
            <b>重申</b>其决议                               | 重申其决议
            """)
    void cleansLines(String raw, String expected) {
        assertThat(TextCleaner.unmark(TextCleaner.cleanLine(raw), x -> false).text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # unicode superscript marker after a title
            《联合国打击跨国有组织犯罪公约》¹所列 | 《联合国打击跨国有组织犯罪公约》所列 | 1
            # two-digit superscript
            审查¹²时                              | 审查时                               | 12
            # HTML sup marker
            议定书、<sup>1</sup>《联合国反腐败公约》<sup>2</sup>以及 | 议定书、《联合国反腐败公约》以及 | 1,2
            """)
    void turnsMarkersIntoFootnoteLinks(String raw, String text, String markers) {
        TextCleaner.Unmarked u = TextCleaner.unmark(TextCleaner.cleanLine(raw), x -> true);
        assertThat(u.text()).isEqualTo(text);
        assertThat(u.markers()).isEqualTo(List.of(markers.split(",")));
    }

    @ParameterizedTest(name = "{0}+{1}")
    @CsvSource(delimiter = '|', textBlock = """
            # Chinese wraps join without a space
            可持   | 续发展    | 可持续发展
            # Latin words keep their space
            Giovanni | Falcone | Giovanni Falcone
            # a number before a Chinese unit joins directly
            2012   | 年期间    | 2012年期间
            """)
    void joinsWrappedLines(String a, String b, String expected) {
        assertThat(TextCleaner.join(a, b)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void candidateMarkersBecomeLinksOnlyWhenTheFootnoteExists() {
        String s = "流动" + TextCleaner.CAND_OPEN + "1" + TextCleaner.CAND_CLOSE + "并制止";
        assertThat(TextCleaner.unmark(s, "1"::equals).text()).isEqualTo("流动并制止");
        assertThat(TextCleaner.unmark(s, "1"::equals).markers()).containsExactly("1");
        assertThat(TextCleaner.unmark(s, x -> false).text()).isEqualTo("流动1 并制止");
        String page = "文字" + TextCleaner.CAND_OPEN + "!7" + TextCleaner.CAND_CLOSE;
        assertThat(TextCleaner.unmark(page, x -> false).text()).isEqualTo("文字");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            # an old-style marker after a title or a word becomes a sure marker
            《制止恐怖主义爆炸的国际公约》3/等文书      | 《制止恐怖主义爆炸的国际公约》<3>等文书
            # an old-style footnote at the start of its line
            2/ 联合国，《条约汇编》，第 2178 卷          | <2> 联合国，《条约汇编》，第 2178 卷
            # numbers with a slash are not markers
            第2019/19号决议                              | 第2019/19号决议
            A/RES/70/1                                   | A/RES/70/1
            """)
    void oldStyleFootnoteMarkers(String raw, String expected) {
        String got = TextCleaner.oldStyleMarkers(raw.strip())
                .replace(TextCleaner.MARK_OPEN, '<').replace(TextCleaner.MARK_CLOSE, '>');
        assertThat(got).isEqualTo(expected.strip());
    }
}
