package org.mandategraph.annotate;

import org.mandategraph.ingest.Extractor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandategraph.document.SourceText;
import org.mandategraph.vocab.MG;
import org.mandategraph.lexicon.Symbols;

/** Citation patterns of SPEC §5 rules 4–5, each read from operative paragraph 1 of a small real document. */
class CitationAnnotatorTest {
    private static final Extractor EXTRACTOR = Extractor.standard();

    /** A markdown-style resolution of {@code body} whose preamble is {@code preamble} and op 1 is {@code op1}. */
    static AnnotatedDocument resolution(String bodyZh, String preamble, String op1, String... footnotes)
            throws Exception {
        StringBuilder sb = new StringBuilder("## " + bodyZh + "决议\n\n## 99/1. 测试决议\n\n" + bodyZh + "，\n\n"
                + preamble + "\n\n1. " + op1 + "\n\n2. 决定继续处理这个问题。\n\n");
        for (int i = 0; i < footnotes.length; i++) {
            sb.append("<sup>").append(i + 1).append("</sup> ").append(footnotes[i]).append("\n\n");
        }
        return EXTRACTOR.extract(new SourceText("t.md", sb.toString(), StandardCharsets.UTF_8, "markdown"));
    }

    /** Local names of everything operative paragraph 1 cites, footnotes included. */
    static Set<String> citedByOp1(AnnotatedDocument d) {
        int op1 = d.document().paragraphs().stream().filter(p -> p.number().equals("1")
                && p.kind() == org.mandategraph.document.ParagraphKind.OPERATIVE).findFirst()
                .map(p -> d.document().paragraphs().indexOf(p)).orElseThrow();
        return d.outwardCitations().stream().filter(c -> c.locus().paragraph() == op1)
                .map(c -> c.target().iri().substring(MG.ID.length())).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> set(String s) {
        return s.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(s.split("\\s+")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // full title in 《》 → the instrument
            "敦促各国批准《联合国打击跨国有组织犯罪公约》；|instrument/UNTOC",
            // a listed name variant maps to the same code
            "敦促各国批准《联合国打击跨国组织犯罪公约》；|instrument/UNTOC",
            // year outside the brackets
            "敦促各国执行 1988 年《联合国禁止非法贩运麻醉药品和精神药物公约》；|instrument/DRUG1988",
            // year inside the brackets, short form
            "敦促各国批准《1988 年公约》；|instrument/DRUG1988",
            // article and paragraph
            "回顾《联合国打击跨国有组织犯罪公约》第 7 条第 1 款；|instrument/UNTOC instrument/UNTOC/art/7/para/1",
            // bare article after the name
            "回顾《打击有组织犯罪公约》第 7 条；|instrument/UNTOC instrument/UNTOC/art/7",
            // article with lettered sub-paragraph
            "借助《联合国打击跨国有组织犯罪公约》第2条(b)项所载定义；|instrument/UNTOC instrument/UNTOC/art/2/subpara/b",
            // chapter in Chinese numerals through 其中
            "根据《联合国反腐败公约》中关于追回资产的规定，特别是其中第五章的规定；|instrument/UNCAC instrument/UNCAC/chap/V",
            // a qualified short title (《政治宣言》) is the instrument named before whose title ends that way
            "回顾《关于开展国际合作以综合、平衡战略应对世界毒品问题的政治宣言》，并考虑到《政治宣言》第 36 段；|instrument/POLDEC2009 instrument/POLDEC2009/para/36",
            // chapters with a gloss in brackets after each
            "回顾《联合国反腐败公约》第二章（预防措施）和第五章（资产追回）；|instrument/UNCAC instrument/UNCAC/chap/II instrument/UNCAC/chap/V",
            // a numbered congress (第十四届大会) does not issue the decision its Commission adopted
            "预防犯罪和刑事司法委员会在其第二十八届会议上核准了第十四届大会的临时议程，并通过了第 28/1 号决定；|decision/CCPCJ/28/1",
            // a range whose ends each carry 第 and 条
            "回顾《联合国打击跨国有组织犯罪公约》第 24 条至第 26 条；|instrument/UNTOC instrument/UNTOC/art/24 instrument/UNTOC/art/25 instrument/UNTOC/art/26",
            // a number with its year is a Security Council resolution, whatever body precedes it
            "请反恐怖主义委员会与第 1267 (1999) 号决议所设委员会合作；|resolution/SC/1267",
            // paragraphs of a plan reached through 其中关于…的
            "回顾《关于开展国际合作以综合、平衡战略应对世界毒品问题的行动计划》，特别是其中关于管制前体的第 35 和 36 段；|instrument/POA2009 instrument/POA2009/para/35 instrument/POA2009/para/36",
            // 《议定书》 is the protocol last named, as 《公约》 is the convention
            "回顾《枪支议定书》第 5 条，又回顾《议定书》第 8 条第 1 款(a)项；|instrument/UNTOC-FIR instrument/UNTOC-FIR/art/5 instrument/UNTOC-FIR/art/8/para/1/subpara/a",
            // several lettered sub-paragraphs of one paragraph, then another article
            "回顾《制止向恐怖主义提供资助的国际公约》第 2 条第 1 款(a)和(b)项以及第 18 条；|instrument/ICSFT instrument/ICSFT/art/2/para/1/subpara/a instrument/ICSFT/art/2/para/1/subpara/b instrument/ICSFT/art/18",
            // paragraphs of one article each with its own 款
            "根据《联合国反腐败公约》第 6 条第 1 款和第 2 款；|instrument/UNCAC instrument/UNCAC/art/6/para/1 instrument/UNCAC/art/6/para/2",
            // a range of paragraphs each with its own 款
            "根据《联合国反腐败公约》第 6 条第 1 款至第 3 款；|instrument/UNCAC instrument/UNCAC/art/6/para/1 instrument/UNCAC/art/6/para/2 instrument/UNCAC/art/6/para/3",
            // declaration paragraphs each with its own 段
            "回顾《萨尔瓦多宣言》第 5 段和第 9 段；|instrument/SALVADOR instrument/SALVADOR/para/5 instrument/SALVADOR/para/9",
            // chapters each with its own 章
            "回顾《联合国反腐败公约》第二章和第五章；|instrument/UNCAC instrument/UNCAC/chap/II instrument/UNCAC/chap/V",
            // list of chapters, the first without its 章
            "回顾《联合国反腐败公约》第三和第四章；|instrument/UNCAC instrument/UNCAC/chap/III instrument/UNCAC/chap/IV",
            // a special session's resolution is the Assembly's
            "重申大会第 S-20/2 号决议；|resolution/GA/S-20/2",
            // list of articles
            "根据《联合国禁止非法贩运麻醉药品和精神药物公约》第 6、7 和 17 条；|instrument/DRUG1988 instrument/DRUG1988/art/6 instrument/DRUG1988/art/7 instrument/DRUG1988/art/17",
            // range of articles
            "回顾《联合国打击跨国有组织犯罪公约》第 24 至 26 条；|instrument/UNTOC instrument/UNTOC/art/24 instrument/UNTOC/art/25 instrument/UNTOC/art/26",
            // article-with-paragraph combined with a whole article
            "回顾《联合国打击跨国有组织犯罪公约》第24条第4款和第25条；|instrument/UNTOC instrument/UNTOC/art/24/para/4 instrument/UNTOC/art/25",
            // bare articles later in the clause belong to the instrument last named
            "特别是关于引渡的《联合国打击跨国有组织犯罪公约》第16条和关于司法协助的第18条；|instrument/UNTOC instrument/UNTOC/art/16 instrument/UNTOC/art/18",
            // paragraph of a declaration
            "回顾《萨尔瓦多宣言》第 23 段；|instrument/SALVADOR instrument/SALVADOR/para/23",
            // paragraph of a plan of action, no spaces
            "铭记《关于开展国际合作以综合、平衡战略应对世界毒品问题的行动计划》第50段；|instrument/POA2009 instrument/POA2009/para/50",
            // a paragraph of this very document is not an instrument's
            "请秘书长在上文第 40 段所述报告中载列资料；|",
            // a chapter of a report is not an instrument's
            "注意到该报告第一章；|",
            // General Assembly named before date and topic
            "回顾大会 2010 年 12 月 21 日关于加强联合国预防犯罪和刑事司法方案的第 65/232 号决议；|resolution/GA/65/232",
            // ECOSOC with a quoted title between body and number
            "回顾经济及社会理事会 2012 年 7 月 26 日题为“加强国际合作，打击犯罪”的第 2012/17 号决议；|resolution/ECOSOC/2012/17",
            // Security Council number with year
            "与安全理事会关于反恐怖主义的 第 1373 (2001) 号决议所设委员会密切协商；|resolution/SC/1373",
            // Conference of the Parties, short name after its full name in an earlier sentence
            "注意到《联合国打击跨国有组织犯罪公约》缔约方会议第六届会议的工作。缔约方会议第 6/1 号决议强调需要紧急通过这类机制；|resolution/COP-UNTOC/6/1",
            // COP named with the bracketed convention
            "回顾《联合国打击跨国有组织犯罪公约》缔约方会议 2010 年 10 月 22日第 5/5 号决议；|resolution/COP-UNTOC/5/5",
            // 其 is the adopting body itself, over a list with dates
            "重申其 1991 年 12 月 18 日第 46/152 号、2005 年 9 月 16 日第 60/1 号和 2011 年 12 月 19 日第 66/181 号决议；|resolution/GA/46/152 resolution/GA/60/1 resolution/GA/66/181",
            // one 第…号 with a list of numbers
            "见第 62/272、64/297 和 66/282 号决议；|resolution/GA/62/272 resolution/GA/64/297 resolution/GA/66/282",
            // range of ECOSOC resolutions: eight
            "考虑到经济及社会理事会第 2012/12 至 2012/19 号决议；|resolution/ECOSOC/2012/12 resolution/ECOSOC/2012/13 resolution/ECOSOC/2012/14 resolution/ECOSOC/2012/15 resolution/ECOSOC/2012/16 resolution/ECOSOC/2012/17 resolution/ECOSOC/2012/18 resolution/ECOSOC/2012/19",
            // spaces around the slash
            "回顾其第 66 / 180 号决议；|resolution/GA/66/180",
            // a body inside the 关于…的 topic is not the issuer
            "又回顾大会通过了关于第十二届联合国预防犯罪和刑事司法大会的 2010 年 12 月 21 日第 65/230 号决议；|resolution/GA/65/230",
            // body named once, second number after 以及
            "强调大会关于妇女的 2010 年 12 月 21 日第 65/187 号决议，以及关于刑事司法的 2010 年 12 月 21 日第 65/228 号决议；|resolution/GA/65/187 resolution/GA/65/228",
            // bare number: shape decides (GA session/number)
            "回顾第 65/230 号决议；|resolution/GA/65/230",
            // bare number: shape decides (ECOSOC year/number)
            "回顾第 2012/12 号决议；|resolution/ECOSOC/2012/12",
            // 本决议 is the document itself
            "请秘书长报告本决议执行情况；|",
            // a decree is not a resolution
            "注意到阿根廷第 918/2012号法令；|",
            // symbols: document, and a resolution symbol
            "注意到 A/67/156 号文件和 A/RES/66/177；|doc/A/67/156 resolution/GA/66/177",
            // joint symbol cites both
            "见执行主任的报告（E/CN.7/2013/3- E/CN.15/2013/3）；|doc/E/CN.7/2013/3 doc/E/CN.15/2013/3",
            // the report and both corrigenda printed after it
            "注意到委员会的报告(E/2012/30 和 Corr.1 和 2)；|doc/E/2012/30 doc/E/2012/30/Corr.1 doc/E/2012/30/Corr.2",
            // official-records reference
            "见《经济及社会理事会正式记录，2010 年，补编第 10 号》(E/2010/30)，第一章；|doc/E/2010/30",
            // working-group symbol
            "欢迎工作组会议的报告 CTOC/COP/WG.7/2012/6；|doc/CTOC/COP/WG.7/2012/6",
    })
    void citesInOperativeParagraph(String text, String expected) throws Exception {
        AnnotatedDocument d = resolution("大会", "回顾以往各项决议，", text);
        assertThat(citedByOp1(d)).as(text).isEqualTo(set(expected == null ? "" : expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // 委员会 in an ECOSOC resolution on crime is CCPCJ
            "回顾委员会 2010 年 5 月 21 日题为“加强公私伙伴关系”的第 19/2 号决议；|resolution/CCPCJ/19/2",
            // a decision, not a resolution
            "又回顾委员会 2010 年 5月 21 日题为“加强对策”的第 19/1 号决定；|decision/CCPCJ/19/1",
            // trap: 执行 is the verb "implement", 委员会 is the Commission
            "邀请会员国提供预算外资源，执行委员会 2011 年 4月 15 日第 20/7号决议；|resolution/CCPCJ/20/7",
            // a body named in the clause wins over the context
            "并回顾经济及社会理事会 2012年7月26日题为“为制定政策改进统计数据”的第 2012/18 号决议；|resolution/ECOSOC/2012/18",
            // 其 in an ECOSOC resolution is ECOSOC
            "重申其第 2011/33 号决议；|resolution/ECOSOC/2011/33",
    })
    void commissionContext(String text, String expected) throws Exception {
        AnnotatedDocument d = resolution("经济及社会理事会", "回顾预防犯罪和刑事司法委员会的工作，", text);
        assertThat(citedByOp1(d)).as(text).isEqualTo(set(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // 《公约》 is the convention last named in the document
            "回顾《联合国反腐败公约》的执行情况，|回顾《公约》第 5 条；|instrument/UNCAC instrument/UNCAC/art/5",
            // … even when the preamble named a plan afterwards
            "回顾《联合国打击跨国有组织犯罪公约》和《萨尔瓦多宣言》，|铭记《公约》第14条；|instrument/UNTOC instrument/UNTOC/art/14",
            // 该公约 likewise
            "欢迎《联合国反腐败公约》生效，|敦促各国执行该公约；|instrument/UNCAC",
    })
    void conventionShortForms(String preamble, String text, String expected) throws Exception {
        AnnotatedDocument d = resolution("大会", preamble, text);
        assertThat(citedByOp1(d)).as(text).isEqualTo(set(expected));
    }

    @Test
    void treatySeriesFootnotesCiteInstrumentsForTheMarkerParagraph() throws Exception {
        AnnotatedDocument d = resolution("大会", "回顾以往各项决议，",
                "重申《联合国打击跨国有组织犯罪公约》及其各项议定书<sup>1</sup>和《联合国反腐败公约》<sup>2</sup>；",
                "联合国，《条约汇编》，第 2225、2237、2241 和 2326 卷，第 39574 号。",
                "同上，第 2349 卷，第 42146 号。");
        assertThat(citedByOp1(d)).containsExactlyInAnyOrder("instrument/UNTOC", "instrument/UNTOC-TIP",
                "instrument/UNTOC-SOM", "instrument/UNTOC-FIR", "instrument/UNCAC");
        assertThat(d.outwardCitations()).filteredOn(c -> c.locus().footnote() != null)
                .extracting(c -> c.locus().footnote()).containsOnly("1", "2");
    }

    @Test
    void footnoteResolutionCountsForThePreambularParagraphWithItsMarker() throws Exception {
        AnnotatedDocument d = resolution("大会", "又回顾《萨尔瓦多宣言》<sup>1</sup> 第 23 段，", "决定继续审议；",
                "第 65/230 号决议，附件。");
        List<String> pp = d.outwardCitations().stream().filter(c -> c.locus().paragraph() == 0)
                .map(c -> c.target().iri().substring(MG.ID.length())).toList();
        assertThat(pp).containsExactlyInAnyOrder("instrument/SALVADOR", "instrument/SALVADOR/para/23",
                "resolution/GA/65/230");
    }

    @Test
    void citationsKeepTheirSpans() throws Exception {
        AnnotatedDocument d = resolution("大会", "回顾以往各项决议，", "回顾《联合国打击跨国有组织犯罪公约》第 7 条第 1 款和大会第 65/232 号决议；");
        for (Citation c : d.outwardCitations()) {
            assertThat(c.span().of(d.textOf(c.locus()))).isEqualTo(c.surface());
        }
        assertThat(d.outwardCitations()).extracting(Citation::surface)
                .contains("第 7 条第 1 款", "第 65/232 号决议", "《联合国打击跨国有组织犯罪公约》");
    }

    @Test
    void lineBrokenProvisionListThroughTheSegmenter() throws Exception {
        String text = String.join("\n",
                " 经济及社会理事会决议 ", "", " 2099/1. 测试决议 ", "",
                " 经济及社会理事会， ", "",
                " 认识到跨国有组织犯罪的威胁， ", "",
                "  1. 请会员国根据 1988 年《联合国禁止非法贩运麻醉药品和精神药物公约》第 6、7",
                "和 17 条指定国家主管机构，并回顾大会第 66/",
                "181 号决议； ", "",
                " 2. 邀请会员国提供预算外资源。 ", "",
                "2099 年 7 月 26 日 ", "", "第 46 次全体会议 ");
        AnnotatedDocument d = EXTRACTOR.extract(new SourceText("t.txt", text, StandardCharsets.UTF_8, "text"));
        assertThat(citedByOp1(d)).containsExactlyInAnyOrder("instrument/DRUG1988", "instrument/DRUG1988/art/6",
                "instrument/DRUG1988/art/7", "instrument/DRUG1988/art/17", "resolution/GA/66/181");
    }

    @Test
    void headerLinesAreNotParagraphCitations() throws Exception {
        AnnotatedDocument d = resolution("大会", "回顾以往各项决议，", "决定继续审议；");
        assertThat(d.outwardCitations()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // plain GA document
            "见 A/67/156。|A/67/156",
            // commission document
            "E/CN.15/2013/17|E/CN.15/2013/17",
            // working-group document with a dotted part
            "CTOC/COP/WG.7/2012/6。|CTOC/COP/WG.7/2012/6",
            // joint symbol with a hyphen and a space
            "(E/CN.7/2013/3- E/CN.15/2013/3)|E/CN.7/2013/3 E/CN.15/2013/3",
            // corrigenda stay off the symbol
            "(E/2012/30 和 Corr.1 和 2)|E/2012/30",
            // spaced slashes are normalised
            "A / 66 / 463|A/66/463",
            // resolution symbol
            "A/RES/66/177|A/RES/66/177",
            // no symbol in a decree number or a date range
            "第 918/2012号法令，2008-2015 年|",
    })
    void symbolShapes(String text, String expected) {
        assertThat(Symbols.findAll(text)).isEqualTo(expected == null ? List.of() : List.of(expected.split(" ")));
    }
}
