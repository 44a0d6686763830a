package org.mandategraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockJoinerTest {
    /** Lead verbs enough for the table: a line opening with one starts a paragraph. */
    private static final Set<String> VERBS = Set.of("又回顾", "认识到", "请");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # hard wraps join mid-sentence, Chinese without a space; an indented line opening with a lead verb is a paragraph
            HARD_WRAPPED       | 又回顾其关于加强联合国 / 预防犯罪的各项决议， /   认识到威胁，          | 又回顾其关于加强联合国预防犯罪的各项决议，;认识到威胁，
            # after a full line, an indented line with no lead verb is the top of a page going on with the sentence
            HARD_WRAPPED       | 又回顾其关于加强联合国 / 预防犯罪的各项决议， /   并注意到报告，        | 又回顾其关于加强联合国预防犯罪的各项决议，并注意到报告，
            # paragraph-per-line text starts a block on every line that follows an ended sentence
            PARAGRAPH_PER_LINE | 又回顾其决议， / 并注意到报告，                                    | 又回顾其决议，;并注意到报告，
            # in printed text a full line's continuation is joined even after a comma...
            PRINTED_PAGE       | 又回顾其关于加强联合国预防犯罪的决议， / 并注意到报告，              | 又回顾其关于加强联合国预防犯罪的决议，并注意到报告，
            # ...but an indented line after a short line starts a paragraph
            PRINTED_PAGE       | 又回顾其关于加强联合国预防犯罪的决议， / 又回顾， /   认识到威胁，  | 又回顾其关于加强联合国预防犯罪的决议，又回顾，;认识到威胁，
            # a paragraph marker always starts a block
            HARD_WRAPPED       | 请会员国提供资源 / 1. 请秘书长报告                                   | 请会员国提供资源;1. 请秘书长报告
            # a number alone on a line after words is a marker candidate of the block before
            HARD_WRAPPED       | 重申《公约》 / 1 / 的重要性，                                         | 重申《公约》的重要性，
            """)
    void wrapPolicyDecidesWhatJoins(WrapPolicy policy, String doc, String expected) {
        List<Line> lines = Stages.lines(doc);
        double width = policy == WrapPolicy.PARAGRAPH_PER_LINE ? 0
                : lines.stream().mapToInt(l -> Blocks.width(l.raw())).max().orElse(0);
        BlockJoiner j = new BlockJoiner(Stages.ZH, t -> VERBS.stream().anyMatch(t::startsWith));
        List<BlockJoiner.Block> blocks = j.join(lines, new WrapPolicy.Choice(policy, width, false));
        assertThat(blocks).extracting(b -> Blocks.visible(b.text)).containsExactly(expected.split(";"));
    }
}
