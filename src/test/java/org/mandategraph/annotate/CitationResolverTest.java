package org.mandategraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandategraph.language.CitationFinder;
import org.mandategraph.testing.Lexicons;

/**
 * The resolve stage on its own: one sentence resolved with a fresh resolver for a tiny document of the named
 * adopting body, so only the context the resolver itself keeps (the body speaking, what was named before) decides.
 */
class CitationResolverTest {
    private static final CitationFinder FINDER = Lexicons.chinese().citationFinder(Lexicons.gazetteer());

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a body named before the number issues it
            回顾大会第 66/177 号决议                                        | 麻醉药品委员会，       | GA 66/177
            # with no body named, the number's shape decides: a year before the slash is ECOSOC's
            回顾第 2012/19 号决议                                           | 麻醉药品委员会，       | ECOSOC 2012/19
            # 其 is the body that speaks
            回顾其第 55/1 号决议                                            | 麻醉药品委员会，       | CND 55/1
            # a body acting pursuant to a resolution did not adopt it
            秘书处依照第 7/1 号决议编写的报告                               | 大会，                 | GA 7/1
            # the short title after the full name is the convention last named
            《联合国打击跨国有组织犯罪公约》及其议定书，又回顾《公约》第 5 条 | 大会，                 | UNTOC art.5
            """)
    void resolvesInContext(String sentence, String bodyLine, String expected) {
        AnnotatedDocument d = TinyDocs.resolution(null, bodyLine.strip(), new String[] {"认识到问题，"}, "请秘书长提交报告。");
        CitationResolver r = new CitationResolver(Lexicons.gazetteer(), FINDER, d.document(),
                Lexicons.chinese().references());
        String text = sentence.strip();
        List<String> keys = r.resolve(text, FINDER.tokens(text), false).stream()
                .map(x -> org.mandategraph.testing.GoldScore.targetKey(x.target().iri())).toList();
        assertThat(keys).contains(expected.strip());
    }
}
