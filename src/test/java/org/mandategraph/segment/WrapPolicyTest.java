package org.mandategraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrapPolicyTest {
    private static final String LONG = "又回顾其关于加强联合国预防犯罪和刑事司法方案特别是其技术合作能力的各项决议以及经济及社会理事会的有关决议";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # lines ending sentences and wider than a printed page: one paragraph a line (markdown-like text)
            LONG， / LONG； / LONG。                                      | PARAGRAPH_PER_LINE
            # lines ending sentences within a page's width: short paragraphs printed on a page
            又回顾其关于预防犯罪的各项决议， / 注意到秘书长关于此事的报告， / 请会员国提供资料。 | PRINTED_PAGE
            # lines stopping mid-sentence: a PDF's hard wraps
            又回顾其关于加强联合国预防犯罪和刑事 / 司法方案特别是其技术合作能力的各 / 项决议以及经济及社会理事会的有关决议， | HARD_WRAPPED
            # short lines do not tell, and are no wider than a page
            大会 / 第六十六届会议                                           | PRINTED_PAGE
            """)
    void onePolicyPerDocument(String doc, WrapPolicy expected) {
        List<Line> lines = Stages.lines(doc.replace("LONG", LONG));
        assertThat(WrapPolicy.choose(lines, Stages.ZH).policy()).isEqualTo(expected);
    }
}
