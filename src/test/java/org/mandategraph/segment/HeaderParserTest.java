package org.mandategraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.mandategraph.document.DocumentType;
import org.mandategraph.document.PrintedHeader;
import org.mandategraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderParserTest {
    private final HeaderParser parser = new HeaderParser(Stages.ZH);

    private PrintedHeader parse(DocumentType type, String cells) {
        return parser.parse(Stages.lines(cells), type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # line                                           | session | agenda | number  | symbol       | adopted
            第六十六届会议 / 议程项目 107                         | 66      | 107    | -       | -            | -
            第二十一届特别会议 / 临时议程项目 7(a)                | 21      | 7(a)   | -       | -            | -
            暂定项目表* 项目 109                                  | -       | 109    | -       | -            | -
            66/177. 加强国际合作                                  | -       | -      | 66/177  | -            | -
            第 1373 （2001） 号决议                               | -       | -      | 1373 (2001) | -        | -
            联合国   A/68/127                                     | -       | -      | -       | A/68/127     | -
            2011年12月19日大会决议                                | -       | -      | -       | -            | 2011-12-19
            [2019 年 12 月 20 日通过]                              | -       | -      | -       | -            | 2019-12-20
            """)
    void printedValues(String doc, Integer session, String agenda, String number, String symbol, LocalDate adopted) {
        PrintedHeader h = parse(DocumentType.RESOLUTION, doc);
        assertThat(h.session()).isEqualTo(session);
        assertThat(h.agendaItem()).isEqualTo(agenda);
        assertThat(h.number()).isEqualTo(number);
        assertThat(h.symbol()).isEqualTo(symbol);
        assertThat(h.adopted()).isEqualTo(adopted);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            # the web page's category line names decisions too; the numbered title says resolution
            预防犯罪和刑事司法委员会 — 决议和决定 / 第 31/2 号决议   | false
            第 19/1 号决定                                          | true
            """)
    void theNumberedTitleSaysWhetherItIsADecision(String doc, boolean decision) {
        assertThat(parse(DocumentType.RESOLUTION, doc.strip()).decision()).isEqualTo(decision);
    }

    @Test
    void namesStayAsPrinted() {
        PrintedHeader h = parse(DocumentType.RESOLUTION, String.join(" / ", "联合国", "经济及社会理事会",
                "麻醉药品委员会决议", "第五十五届会议", "[根据第三委员会的报告 (A/66/463) 通过]",
                "66/177. 加强国际合作", "打击跨国有组织犯罪"));
        assertThat(h.names()).extracting(PrintedHeader.NameLine::name)
                .startsWith("联合国", "经济及社会理事会", "麻醉药品委员会", "第五十五届会议");
        assertThat(h.names()).extracting(PrintedHeader.NameLine::afterSession).startsWith(false, false, false, true);
        assertThat(h.recommendingName()).isEqualTo("第三委员会");
        assertThat(h.committeeReport()).isEqualTo("A/66/463");
        assertThat(h.title()).isEqualTo("加强国际合作打击跨国有组织犯罪");
        assertThat(h.decision()).isFalse();
    }

    @Test
    void aReportsAuthorTitleAndSummary() {
        PrintedHeader h = parse(DocumentType.REPORT, String.join(" / ", "A/68/127", "", "大会", "第六十八届会议",
                "临时议程项目 107", "", "预防犯罪和刑事司法", "", "秘书长的报告", "", "摘要", "本报告介绍了活动。"));
        assertThat(h.authorName()).isEqualTo("秘书长");
        assertThat(h.title()).isEqualTo("预防犯罪和刑事司法");
        assertThat(h.summary()).isEqualTo("本报告介绍了活动。");
        assertThat(h.firstLine()).isEqualTo("A/68/127");
        assertThat(h.symbol()).isEqualTo("A/68/127");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the body line is found by a listed name or a name that reads like a body's
            大会， / 又回顾其决议，                  | 0
            第10/4号决议 / 缔约方会议， / 回顾，    | 1
            # a numbered paragraph first: no body line (a report)
            1. 本报告 / 大会，                       | -1
            # too long a line is no body line
            大会认为，这一问题十分重要并且必须以全面、综合和平衡的方式加以处理，尤其是在国家、区域和国际各级上采取措施， | -1
            # a listed body alone on its line with no comma, before a paragraph opening with a lead verb
            第10/4号决议 /     大会 / 回顾其决议，      | 1
            # the organ named atop a page, followed by its symbol, is no body line
            大会 / A/RES/70/1 / 大会，               | 2
            """)
    void theBodyLineEndsTheHeader(String doc, int expected) {
        assertThat(parser.bodyLine(Stages.lines(doc), Set.of("大会")::contains, t -> t.startsWith("回顾")))
                .isEqualTo(expected);
    }

    /** English prints the body line with its article; without the comma it still counts before a lead verb. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            80/5. Declaration / The General Assembly, / Adopts the Declaration       | 1
            80/5. Declaration / The General Assembly / Adopts the Declaration        | 1
            80/5. Declaration / General Assembly / Adopts the Declaration            | 1
            # the organ named atop a page, before its symbol, is no body line
            The General Assembly / A/RES/80/5 / The General Assembly, / Adopts it    | 2
            """)
    void anEnglishBodyLineWithOrWithoutItsComma(String doc, int expected) {
        HeaderParser en = new HeaderParser(Stages.EN);
        assertThat(en.bodyLine(Stages.lines(doc), Set.of("General Assembly")::contains, t -> t.startsWith("Adopts")))
                .isEqualTo(expected);
    }
}
