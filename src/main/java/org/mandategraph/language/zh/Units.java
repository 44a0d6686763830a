package org.mandategraph.language.zh;

/** Chinese words that follow a number in running text, so a number before them is a count, date or provision, never a footnote marker. */
public final class Units {
    /** Measure words, date and provision units, and the list and range words that join numbers. */
    public static final String AFTER_NUMBER = "年月日时天周条款段项章节卷号次届个名位份倍岁人万亿千百元美分票场处种类级部所家艘起例件批轮期季点层座张本篇套至到和及或、";

    private Units() {
    }
}
