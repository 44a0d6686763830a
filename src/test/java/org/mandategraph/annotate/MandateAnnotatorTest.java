package org.mandategraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC §5 rule 3 as tables: which (verb, addressee) pairs an operative paragraph creates, and what they ask for. */
class MandateAnnotatorTest {

    /** The paragraph's mandates as sorted {@code verb:ADDRESSEE} strings. */
    static List<String> mandatesOf(String operative) {
        AnnotatedDocument d = TinyDocs.ga(operative);
        int i = TinyDocs.op(d, 1);
        return d.mandates().stream().filter(m -> m.locus().paragraph() == i)
                .map(m -> m.verbCode() + ":" + TinyDocs.local(m.addresseeIri()).replace("body/", "").replace("state/", ""))
                .sorted().toList();
    }

    static List<String> expected(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("\\s+")).sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # request and its printed variants
            请联合国毒品和犯罪问题办公室继续开展研究；                 | request:UNODC
            # 又 prefix
            又请秘书长提交报告；                                     | request:SG
            # 还 prefix
            还请联合国毒品和犯罪问题办公室加强合作；                   | request:UNODC
            # 再次 prefix
            再次请联合国毒品和犯罪问题办公室加强合作；                 | request:UNODC
            # 并 prefix at the start
            并请秘书长提交报告；                                     | request:SG
            # call upon, 吁请
            吁请会员国加强合作；                                     | call-upon:MemberStates
            # call upon, 呼吁
            呼吁会员国加强合作；                                     | call-upon:MemberStates
            # call upon renewed: the longest form wins over 重申 (reaffirm)
            重申呼吁会员国加强合作；                                 | call-upon:MemberStates
            # urge
            敦促会员国加强合作；                                     | urge:MemberStates
            # urge, 又
            又敦促会员国加强合作；                                   | urge:MemberStates
            # urge, 还
            还敦促会员国加强合作；                                   | urge:MemberStates
            # urge, 促请
            促请缔约国加强合作；                                     | urge:StatesParties
            # encourage
            鼓励会员国加强合作；                                     | encourage:MemberStates
            # encourage, 又
            又鼓励会员国加强合作；                                   | encourage:MemberStates
            # encourage, 强烈
            强烈鼓励会员国加强合作；                                 | encourage:MemberStates
            # invite
            邀请会员国提供预算外资源；                               | invite:MemberStates
            # invite, 又
            又邀请会员国提供预算外资源；                             | invite:MemberStates
            # invite, 再次
            再次邀请会员国提供预算外资源；                           | invite:MemberStates
            # recommend
            建议经济及社会理事会通过下列决议草案；                    | recommend:ECOSOC
            """)
    void everyDirectiveVerbFormMakesAMandate(String text, String want) {
        assertThat(mandatesOf(text)).isEqualTo(expected(want));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # decide is not directive
            决定在第六十八届会议上审议这一问题；                       | -
            # reaffirm
            重申联合国毒品和犯罪问题办公室的作用；                     | -
            # recall
            回顾大会第 66/177 号决议；                                | -
            # welcome naming a body
            欢迎联合国毒品和犯罪问题办公室的工作；                     | -
            # take note
            注意到秘书长的报告；                                      | -
            # take note, 表示
            表示注意到秘书长的报告；                                  | -
            # note with appreciation
            赞赏地注意到联合国毒品和犯罪问题办公室的工作；              | -
            # note with appreciation, 表示 (longest form)
            表示赞赏地注意到秘书长的报告；                            | -
            # emphasize
            强调会员国的作用；                                        | -
            # recognize, 确认
            确认联合国毒品和犯罪问题办公室作了种种努力；                | -
            # recognize, 认识到
            认识到会员国面临的挑战；                                  | -
            # draw attention
            提请注意秘书长的报告；                                    | -
            # concern
            关切会员国面临的挑战；                                    | -
            """)
    void otherLeadVerbsMakeNoMandate(String text, String want) {
        assertThat(mandatesOf(text)).isEqualTo(expected(want));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # SPEC §5 rule 3 example: emphasize, then urge, then encourage two addressees
            强调必须实行机制，敦促缔约国继续参与这一努力，并鼓励会员国及联合国毒品和犯罪问题办公室为技术援助提供便利；   | urge:StatesParties encourage:MemberStates encourage:UNODC
            # recognize, then 并请 with anaphora
            确认联合国毒品和犯罪问题办公室作了种种努力，并请该办公室继续提供技术援助；   | request:UNODC
            # two connectives before the embedded verb
            强调必须处理犯罪问题，并在这方面鼓励会员国制定战略；   | encourage:MemberStates
            # an office's unit named right after it is the addressee (the head noun)
            确认联合国毒品和犯罪问题办公室的工作，又请该办公室独立评估股继续开展评价；   | request:UNODC-IEU
            # a short title between the verb and its addressee
            吁请会员国批准《联合国反腐败公约》，并鼓励该公约缔约国充分执行其规定；   | call-upon:MemberStates encourage:StatesParties
            # after a semicolon
            建议会员国进行改革；请联合国毒品和犯罪问题办公室继续提供技术援助；          | recommend:MemberStates request:UNODC
            # 该办公室 is the last agent whose name is an office (办公室), not the executive directorate named since
            请联合国毒品和犯罪问题办公室与反恐怖主义委员会执行局协调，又请该办公室继续研究，并请执行主任确保资源；   | request:UNODC request:UNODC-ED
            # connective 同时 before a verb form
            请秘书长提交报告，同时鼓励会员国提供资源；                                  | request:SG encourage:MemberStates
            # 此外 joined verb form
            请联合国毒品和犯罪问题办公室提供协助，此外敦促会员国打击腐败；               | request:UNODC urge:MemberStates
            # the same verb and addressee twice is one mandate
            又敦促会员国采取措施，并敦促会员国相互合作；                                | urge:MemberStates
            # same addressee, two verbs: two mandates
            又敦促缔约国进行合作，并请缔约国交换情报；                                  | urge:StatesParties request:StatesParties
            # a 请 right after the addressee is inside the object
            邀请联合国毒品和犯罪问题办公室请会员国提出意见；                            | invite:UNODC
            # 应请求 is a noun phrase, not a request
            吁请联合国毒品和犯罪问题办公室继续应请求向会员国提供技术援助；              | call-upon:UNODC
            # 并 opens a directive even without a comma before it
            请会员国加强合作并请联合国毒品和犯罪问题办公室继续提供技术援助；   | request:MemberStates request:UNODC
            # but 并 then 建议 stays inside the object: the recommendation is what the addressee makes
            请秘书长审查该问题并建议会员国采取措施；                          | request:SG
            # 请求 after a comma without an addressee is not a request
            吁请缔约国满足有关的请求，并且确保请求国的主管当局有足够资源；               | call-upon:StatesParties
            """)
    void embeddedDirectiveClauses(String text, String want) {
        assertThat(mandatesOf(text)).isEqualTo(expected(want));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 和 joins two addressees
            邀请会员国和其他捐助方提供预算外资源；                         | invite:MemberStates invite:Donors
            # 及 joins a State group and an office
            鼓励会员国及联合国毒品和犯罪问题办公室提供便利；                 | encourage:MemberStates encourage:UNODC
            # 以及 and 、
            请秘书长、联合国毒品和犯罪问题办公室以及会员国合作；             | request:SG request:UNODC request:MemberStates
            # 或
            鼓励会员国或其他捐助方提供资源；                               | encourage:MemberStates encourage:Donors
            # 与 is 'together with', not a list
            请联合国毒品和犯罪问题办公室与会员国密切合作；                   | request:UNODC
            # a list with a name alias: the other institutes of the network
            邀请联合国区域间犯罪和司法研究所和联合国预防犯罪和刑事司法方案网的其他研究所开展研究；   | invite:UNICRI invite:PNI
            # collectives are addressees like any body (issue 12: tasked often, not to be lost)
            敦促会员国和相关国际组织与联合国预防犯罪和刑事司法方案合作；      | urge:MemberStates urge:InternationalOrganizations
            鼓励国际社会和各会员国支持该办公室的工作；                       | encourage:InternationalCommunity encourage:MemberStates
            # the UN system as a whole is named, never addressed, and does not end the list
            鼓励联合国系统各组织和各会员国支持该办公室的工作；               | encourage:MemberStates
            # 各国 and other donors
            邀请各国和其他捐助方提供预算外资源；                           | invite:States invite:Donors
            """)
    void addresseeLists(String text, String want) {
        assertThat(mandatesOf(text)).isEqualTo(expected(want));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # a modifier ending in 的 before the addressee
            敦促尚未批准或加入《联合国打击跨国有组织犯罪公约》的会员国考虑批准；    | urge:MemberStates
            # a convention title before the addressee
            吁请《联合国反腐败公约》缔约国及时给予特别考虑；                    | call-upon:StatesParties
            # a determiner before the addressee
            敦促所有会员国加强合作；                                          | urge:MemberStates
            # the alias 所有各国
            鼓励所有各国实施国家行动计划；                                    | encourage:States
            # the alias 各会员国
            敦促各会员国加强合作；                                            | urge:MemberStates
            # a body inside the object is mentioned, not tasked
            鼓励会员国支持联合国毒品和犯罪问题办公室提供技术协助；              | encourage:MemberStates
            # a body after a preposition in the object is not tasked
            请秘书长继续向联合国毒品和犯罪问题办公室提供适当资源；              | request:SG
            # no agent right after the verb: the modifier rule does not reach into the object
            请继续与联合国毒品和犯罪问题办公室合作；                          | -
            """)
    void addresseeIsTheAgentRightAfterTheVerb(String text, String want) {
        assertThat(mandatesOf(text)).isEqualTo(expected(want));
    }

    @Test
    void preambularParagraphsNeverMandate() {
        AnnotatedDocument d = TinyDocs.resolution(null, "大会，",
                new String[] {"吁请所有国家认识到这一联系，", "又请联合国毒品和犯罪问题办公室继续提供技术援助，"},
                "注意到秘书长的报告；");
        assertThat(d.mandates()).isEmpty();
        assertThat(d.leadVerbs()).extracting(LeadVerb::verbCode).containsExactly("take-note");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # report to a named commission at a numbered session
            请联合国毒品和犯罪问题办公室执行主任向预防犯罪和刑事司法委员会第二十二届会议报告本决议执行情况。 | UNODC-ED | CCPCJ | 22
            # submit a report to the General Assembly
            请秘书长向大会第六十八届会议提交报告，说明方案的任务执行情况。                              | SG       | GA    | 68
            # 委员会 resolves to the commission named earlier in the document
            请秘书长向委员会第二十二届会议提交一份本决议执行情况报告。                                 | SG       | CCPCJ | 22
            # 提出报告 after anaphora
            邀请联合国毒品和犯罪问题办公室请会员国提出意见，请该办公室就这方面提交的意见向预防犯罪和刑事司法委员会第二十二届会议提出报告； | UNODC | CCPCJ | 22
            """)
    void reportingMandates(String text, String addressee, String reportTo, int session) {
        AnnotatedDocument d = TinyDocs.resolution(null, "大会，",
                new String[] {"回顾预防犯罪和刑事司法委员会的工作，"}, text);
        Mandate m = d.mandates().stream().filter(x -> x.reportToIri() != null).findFirst().orElseThrow();
        assertThat(TinyDocs.local(m.addresseeIri())).isEqualTo("body/" + addressee);
        assertThat(m.reportToIri()).endsWith("/body/" + reportTo);
        assertThat(m.dueSession()).isEqualTo(session);
        assertThat(m.topics()).contains("report");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 技术援助
            请联合国毒品和犯罪问题办公室继续提供技术援助；                                  | UNODC        | true
            # 技术协助
            敦促联合国毒品和犯罪问题办公室向会员国提供技术协助；                            | UNODC        | true
            # 技术合作
            请联合国毒品和犯罪问题办公室加强技术合作；                                      | UNODC        | true
            # topic only from the mandate's own clause: the lead clause speaks of 技术合作
            提请注意关于技术合作活动的报告，并请联合国毒品和犯罪问题办公室探讨处理这些问题的方式； | UNODC        | false
            # assistance alone is not technical assistance
            请联合国毒品和犯罪问题办公室继续为各级所作的努力提供协助；                       | UNODC        | false
            # the second clause's topic stays there
            请联合国毒品和犯罪问题办公室开展研究，并鼓励会员国提供技术援助；                 | UNODC        | false
            # and is found there
            请联合国毒品和犯罪问题办公室开展研究，并鼓励会员国提供技术援助；                 | MemberStates | true
            """)
    void technicalAssistanceTopicComesFromTheClause(String text, String addressee, boolean ta) {
        AnnotatedDocument d = TinyDocs.ga(text);
        Mandate m = d.mandates().stream().filter(x -> x.addresseeIri().endsWith("/" + addressee)).findFirst().orElseThrow();
        assertThat(m.topics().contains("technical-assistance")).isEqualTo(ta);
    }

    @Test
    void subParagraphChapeauMandateSitsOnTheParagraphAndTakesTopicsFromItsItems() {
        AnnotatedDocument d = TinyDocs.resolution(null, "大会，", new String[] {"回顾其以往各项决议，"},
                "请联合国毒品和犯罪问题办公室继续根据请求向会员国提供援助，途径包括：\n\n(a) 提供法律咨询服务或特别立法援助；\n\n(b) 协助制定国家战略；");
        assertThat(d.document().paragraphs().get(TinyDocs.op(d, 1)).subParagraphs()).hasSize(2);
        assertThat(d.mandates()).hasSize(1);
        Mandate m = d.mandates().get(0);
        assertThat(m.locus()).isEqualTo(Locus.paragraph(TinyDocs.op(d, 1)));
        assertThat(m.topics()).contains("technical-assistance");
    }

    @Test
    void evidenceSpansPointIntoTheParagraphText() {
        AnnotatedDocument d = TinyDocs.ga("强调必须实行机制，并鼓励会员国及联合国毒品和犯罪问题办公室为技术援助提供便利；");
        String text = d.textOf(Locus.paragraph(TinyDocs.op(d, 1)));
        assertThat(d.mandates()).hasSize(2).allSatisfy(m -> {
            assertThat(m.verbSpan().of(text)).isEqualTo("并鼓励");
            assertThat(m.clauseSpan().of(text)).startsWith("并鼓励").endsWith("；");
        });
        assertThat(d.mandates()).extracting(m -> m.addresseeSpan().of(text))
                .containsExactly("会员国", "联合国毒品和犯罪问题办公室");
    }
}
