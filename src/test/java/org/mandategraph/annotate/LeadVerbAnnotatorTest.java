package org.mandategraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lead verbs: the longest form of {@code verbs.ttl} at the start of each operative paragraph. */
class LeadVerbAnnotatorTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # plain request
            请秘书长提交报告；                         | request
            # request, 又
            又请秘书长提交报告；                       | request
            # request, 还
            还请秘书长提交报告；                       | request
            # request, 再次
            再次请秘书长提交报告；                     | request
            # request, 并
            并请秘书长提交报告；                       | request
            # call upon, 吁请
            吁请会员国加强合作；                       | call-upon
            # call upon, 呼吁
            呼吁会员国加强合作；                       | call-upon
            # call upon, 重申呼吁 beats 重申
            重申呼吁会员国加强合作；                   | call-upon
            # urge
            敦促会员国加强合作；                       | urge
            # urge, 又
            又敦促会员国加强合作；                     | urge
            # urge, 还
            还敦促会员国加强合作；                     | urge
            # urge, 促请
            促请会员国加强合作；                       | urge
            # encourage
            鼓励会员国加强合作；                       | encourage
            # encourage, 又
            又鼓励会员国加强合作；                     | encourage
            # encourage, 强烈
            强烈鼓励会员国加强合作；                   | encourage
            # invite
            邀请会员国提供资源；                       | invite
            # invite, 又
            又邀请会员国提供资源；                     | invite
            # invite, 再次
            再次邀请会员国提供资源；                   | invite
            # recommend
            建议会员国进行改革；                       | recommend
            # decide
            决定继续审议这一问题；                     | decide
            # reaffirm
            重申这些公约的重要性；                     | reaffirm
            # recall
            回顾其以往各项决议；                       | recall
            # welcome
            欢迎工作组会议的报告；                     | welcome
            # take note
            注意到秘书长的报告；                       | take-note
            # take note, 表示
            表示注意到秘书长的报告；                   | take-note
            # note with appreciation beats 注意到
            赞赏地注意到秘书长的报告；                 | note-with-appreciation
            # note with appreciation, 表示
            表示赞赏地注意到秘书长的报告；             | note-with-appreciation
            # emphasize
            强调必须实行机制；                         | emphasize
            # recognize, 确认
            确认该办公室作了种种努力；                 | recognize
            # recognize, 认识到
            认识到会员国面临的挑战；                   | recognize
            # draw attention
            提请注意新出现的政策问题；                 | draw-attention
            # concern
            关切有组织犯罪的负面影响；                 | concern
            # a lead-in lost to PDF extraction (最后 → 后) does not hide the verb
            后，请秘书长提交报告；                     | request
            """)
    void leadVerbOfAnOperativeParagraph(String text, String code) {
        AnnotatedDocument d = TinyDocs.ga(text);
        assertThat(d.leadVerbs()).singleElement().satisfies(v -> {
            assertThat(v.verbCode()).isEqualTo(code);
            assertThat(v.paragraph()).isEqualTo(TinyDocs.op(d, 1));
        });
    }

    @Test
    void preambularAndReportParagraphsHaveNoLeadVerb() {
        AnnotatedDocument d = TinyDocs.resolution(null, "大会，", new String[] {"回顾其以往各项决议，", "欢迎这些努力，"});
        assertThat(d.leadVerbs()).isEmpty();
    }
}
