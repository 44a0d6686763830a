package org.mandategraph.annotate;

import org.mandategraph.ingest.Extractor;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names found in every paragraph, and short forms resolved to the agent in context (SPEC §5 rule 4). */
class MentionAnnotatorTest {

    static Mention mentionOf(AnnotatedDocument d, String surface) {
        return d.mentions().stream().filter(m -> m.surface().equals(surface)).reduce((a, b) -> b).orElseThrow(
                () -> new AssertionError("no mention " + surface + " in " + d.mentions()));
    }

    @ParameterizedTest(name = "{1} after {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 该办公室: the office last named
            欢迎联合国毒品和犯罪问题办公室的工作，                          | 请该办公室继续提供技术援助；               | 该办公室   | body/UNODC
            # 本办公室 likewise
            欢迎联合国毒品和犯罪问题办公室的工作，                          | 请本办公室继续提供技术援助；               | 本办公室   | body/UNODC
            # the last office, not the first
            欢迎联合国毒品和犯罪问题办公室和联合国反恐怖主义办公室的合作，     | 请该办公室继续工作；                       | 该办公室   | body/UNOCT
            # 该工作队: the task force last named
            赞赏地注意到秘书长设立了联合国系统跨国有组织犯罪和毒品贩运问题工作队， | 请秘书长向会员国通报该工作队的工作进展；   | 该工作队   | body/TF-TOC
            # 执行主任: the post of the office in context
            欢迎联合国毒品和犯罪问题办公室的工作，                          | 请执行主任提交报告；                       | 执行主任   | body/UNODC-ED
            # 专家组 after a named expert group
            赞赏地注意到网络犯罪问题不限成员名额政府间专家组的工作，          | 鼓励专家组加强努力；                       | 专家组     | body/EG-CYBERCRIME
            # a generic expert group name resolved by the words that set it apart, nearby
            回顾其以往各项决议，                                          | 赞赏地注意到不限成员名额政府间专家组已开展工作，全面研究网络犯罪问题；鼓励专家组加强努力； | 专家组 | body/EG-CYBERCRIME
            # 委员会: the commission last named
            回顾预防犯罪和刑事司法委员会的决议，                            | 请秘书长向委员会第二十二届会议提交报告。     | 委员会     | body/CCPCJ
            # 该委员会 likewise
            回顾麻醉药品委员会的决议，                                      | 请该委员会审议这一问题；                   | 该委员会   | body/CND
            """)
    void anaphoraResolvesToTheEntityInContext(String preamble, String operative, String surface, String iri) {
        AnnotatedDocument d = TinyDocs.resolution(null, "大会，", new String[] {preamble}, operative);
        Mention m = mentionOf(d, surface);
        assertThat(m.anaphoric()).isTrue();
        assertThat(TinyDocs.local(m.agentIri())).isEqualTo(iri);
    }

    @Test
    void commissionWithNoCommissionNamedIsTakenFromTheDocumentSubject() {
        AnnotatedDocument d = TinyDocs.resolution(
                "经济及社会理事会决议\n\n2012/19. 加强国际合作打击一切形式和表现的跨国有组织犯罪", "经济及社会理事会，",
                new String[] {"回顾其以往各项决议，"}, "请秘书长向委员会第二十二届会议提交一份本决议执行情况报告。");
        assertThat(d.document().header().title()).isEqualTo("加强国际合作打击一切形式和表现的跨国有组织犯罪");
        assertThat(TinyDocs.local(mentionOf(d, "委员会").agentIri())).isEqualTo("body/CCPCJ");
        assertThat(d.mandates()).singleElement().satisfies(m -> assertThat(m.reportToIri()).endsWith("/body/CCPCJ"));
    }

    @Test
    void longerNamesEndingInAShortFormAreNotAnaphora() {
        AnnotatedDocument d = TinyDocs.resolution(null, "大会，", new String[] {"回顾预防犯罪和刑事司法委员会的决议，"},
                "欢迎偷运移徙者问题工作组会议的报告，并注意到安全理事会第 1373 (2001) 号决议所设委员会的工作；");
        assertThat(d.mentions()).noneMatch(m -> m.anaphoric());
    }

    @Test
    void bodiesInsideTheObjectAreMentionsButNotAddressees() {
        AnnotatedDocument d = TinyDocs.ga("鼓励会员国支持联合国毒品和犯罪问题办公室提供技术协助；");
        assertThat(d.mentions()).extracting(m -> TinyDocs.local(m.agentIri()))
                .containsExactly("body/MemberStates", "body/UNODC");
        assertThat(d.mandates()).extracting(m -> TinyDocs.local(m.addresseeIri())).containsExactly("body/MemberStates");
    }

    @Test
    void statesNamedInReportParagraphsAreMentioned() throws Exception {
        String text = """
                执行主任的报告

                1. 毒品和犯罪问题办公室向柬埔寨、老挝人民民主共和国和多民族玻利维亚国提供了援助。

                2. 该办公室还在发展中国家、印度洋和几内亚湾地区开展了培训。
                """;
        AnnotatedDocument d = Extractor.standard().extract(new org.mandategraph.document.SourceText(
                "report.txt", text, java.nio.charset.StandardCharsets.UTF_8, "txt"));
        List<String> agents = d.mentions().stream().map(m -> TinyDocs.local(m.agentIri())).toList();
        assertThat(agents).contains("state/KHM", "state/LAO", "state/BOL", "body/UNODC")
                .doesNotContain("state/CHN", "state/IND", "state/GIN");
        assertThat(d.mandates()).isEmpty();
    }
}
