package org.mandategraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.document.DocumentType;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.ParagraphKind;
import org.mandategraph.document.SourceText;
import org.mandategraph.document.UnDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small documents in each printed style, read through the real segmenter. */
class SegmenterTest {
    private final Segmenter segmenter = new Segmenter(org.mandategraph.testing.Lexicons.gazetteer());

    private UnDocument read(String text) {
        return segmenter.segment(new SourceText("test.txt", text, StandardCharsets.UTF_8, "text"));
    }

    /** The document with its header's names resolved, as the pipeline's first annotator does. */
    private static UnDocument resolved(UnDocument d) {
        return org.mandategraph.testing.Lexicons.resolved(d);
    }

    @Test
    void pdfStyleResolutionWithWrapsMarkersAndPageFootnotes() {
        String text = String.join("\n",
                " 经济及社会理事会决议 ",
                "",
                " 2099/1. 加强国际合作打击一切形式和表现的跨国有组织 ",
                "                     犯罪 ",
                "",
                " 经济及社会理事会经济及社会理事会经济及社会理事会经济及社会理事会， ",
                "",
                " 认识到认识到认识到认识到跨国有组织犯罪的多样化和对各国的健康和安全、保安、善治和可持",
                "",
                "续发展构成的威胁， ",
                "",
                " 回顾回顾回顾回顾大会题为“加强联合国预防犯罪和刑事司法方案”的第 66/181 号决议，其中大会重申《联合国打击跨国有组",
                "",
                "织犯罪公约》及其各项议定书",
                "1 ",
                "作为国际社会打击跨国有组织犯罪的主要工具具有的重要性， ",
                "                                                           ",
                "1",
                " 联合国，《条约汇编》，第 2225 卷，第 39574 号。 ",
                "  1. 请请请请联合国毒品和犯罪问题办公室继续向会员国提供技术援助，以便加强它们的能力",
                "",
                "并根据请求提供咨询服务； ",
                "",
                " 2. 邀邀邀邀请请请请会员国和其他捐助方提供预算外资源。 ",
                "",
                "2099 年 7 月 26 日 ",
                "",
                "第 46 次全体会议 ");
        UnDocument d = read(text);
        assertThat(d.headerResolved()).isFalse();
        assertThat(d.printed().type()).isEqualTo(DocumentType.RESOLUTION);
        assertThat(d.printed().bodyName()).isEqualTo("经济及社会理事会");
        assertThat(d.printed().number()).isEqualTo("2099/1");
        assertThat(d.printed().symbol()).isNull();
        assertThat(d.printed().title()).isEqualTo("加强国际合作打击一切形式和表现的跨国有组织犯罪");
        assertThat(d.printed().closingDate()).hasToString("2099-07-26");
        assertThat(d.printed().meeting()).isEqualTo(46);
        assertThat(resolved(d).header().adoptingBodyCode()).isEqualTo("ECOSOC");
        assertThat(resolved(d).header().symbol()).isEqualTo("E/RES/2099/1");
        assertThat(resolved(d).header().adopted()).hasToString("2099-07-26");
        assertThat(resolved(d).header().plenaryMeeting()).isEqualTo(46);
        List<Paragraph> pp = d.paragraphs(ParagraphKind.PREAMBULAR);
        assertThat(pp).extracting(Paragraph::text).containsExactly(
                "认识到跨国有组织犯罪的多样化和对各国的健康和安全、保安、善治和可持续发展构成的威胁，",
                "回顾大会题为“加强联合国预防犯罪和刑事司法方案”的第 66/181 号决议，其中大会重申《联合国打击跨国有组织犯罪公约》"
                        + "及其各项议定书作为国际社会打击跨国有组织犯罪的主要工具具有的重要性，");
        assertThat(pp.get(1).footnoteMarkers()).containsExactly("1");
        assertThat(d.footnotes()).singleElement().satisfies(f -> assertThat(f.text()).isEqualTo("联合国，《条约汇编》，第 2225 卷，第 39574 号。"));
        assertThat(d.paragraphs(ParagraphKind.OPERATIVE)).extracting(Paragraph::text).containsExactly(
                "请联合国毒品和犯罪问题办公室继续向会员国提供技术援助，以便加强它们的能力并根据请求提供咨询服务；",
                "邀请会员国和其他捐助方提供预算外资源。");
    }

    @Test
    void reportNumberingIgnoresSectionHeadingsAndSurvivesLostCharacters() {
        String text = String.join("\n",
                " 预防犯罪和刑事司法委员会 ",
                "第九十九届会议 ",
                "临时议程项目 3 ",
                "",
                "",
                "",
                "某项议题 ",
                "",
                "秘书长的报告 ",
                "",
                " 一. 导言 ",
                "1. 第一段说明背景。 ",
                "",
                "2. 后，第二段的开头缺了字符。 ",
                "",
                " 二. 活动 ",
                "",
                "1. 立法援助 ",
                "",
                "3. 第三段接续编号，",
                "",
                "跨行继续。 ",
                "",
                "4. 第四段列出建议： ",
                "",
                " (a) 第一项； ",
                "",
                " (b) 第二项。 ");
        UnDocument d = read(text);
        assertThat(d.printed().type()).isEqualTo(DocumentType.REPORT);
        assertThat(d.printed().session()).isEqualTo(99);
        assertThat(d.printed().title()).isEqualTo("某项议题");
        assertThat(resolved(d).header().authorCode()).isEqualTo("SG");
        List<Paragraph> ps = d.paragraphs(ParagraphKind.REPORT);
        assertThat(ps).extracting(Paragraph::number).containsExactly("1", "2", "3", "4");
        assertThat(ps.get(1).text()).isEqualTo("后，第二段的开头缺了字符。");
        assertThat(ps.get(2).text()).isEqualTo("第三段接续编号，跨行继续。");
        assertThat(ps.get(3).subParagraphs()).extracting(s -> s.label() + ":" + s.text())
                .containsExactly("a:第一项；", "b:第二项。");
    }

    @Test
    void markersBesideNumbersAndAtLineEndsInPdfText() {
        String text = String.join("\n",
                " 执行主任的报告 ",
                "",
                " 1. 委员会在其第 59/3 号决议 1",
                "",
                "中，以及在第 25/2 号决议 2 中，请执行主任报告 2012 年 1",
                "",
                "月以来的工作。 ",
                "                                                           ",
                "1",
                " 见 E/2016/28。 ",
                "2",
                " 见 E/2016/30。 ");
        UnDocument d = read(text);
        Paragraph p = d.paragraphs(ParagraphKind.REPORT).get(0);
        assertThat(p.footnoteMarkers()).containsExactly("1", "2");
        assertThat(p.text()).isEqualTo("委员会在其第 59/3 号决议中，以及在第 25/2 号决议中，请执行主任报告 2012 年 1月以来的工作。");
    }

    @Test
    void commissionResolutionWithBracketedAdoptionLineAndMeetingClose() {
        String text = String.join("\n",
                "## 第 99/2 号决议",
                "",
                "[2099 年 3 月 22 日通过]",
                "",
                "### 加强国际合作",
                "",
                "麻醉药品委员会，",
                "",
                "回顾其以往各项决议，",
                "",
                "1. 请执行主任报告。",
                "",
                "2099 年 3 月 22 日",
                "第 9 次会议");
        UnDocument d = read(text);
        assertThat(d.printed().closingDate()).hasToString("2099-03-22");
        assertThat(d.printed().title()).isEqualTo("加强国际合作");
        assertThat(d.printed().meeting()).isEqualTo(9);
        assertThat(d.paragraphs(ParagraphKind.OPERATIVE)).extracting(Paragraph::text).containsExactly("请执行主任报告。");
    }

    @Test
    void pageFootersAndRunningHeadsAreDropped() {
        String text = String.join("\n",
                "大会决议",
                "",
                "99/1. 某项议题",
                "",
                "大会，",
                "",
                "回顾其以往各项决议，",
                "",
                "1. 请秘书长提交报告；",
                "",
                "V.13-80934 (C)",
                "",
                "2/15",
                "",
                "12-12345",
                "",
                "2. 鼓励会员国开展合作。");
        UnDocument d = read(text);
        assertThat(d.paragraphs(ParagraphKind.OPERATIVE)).extracting(Paragraph::text)
                .containsExactly("请秘书长提交报告；", "鼓励会员国开展合作。");
        assertThat(d.paragraphs(ParagraphKind.PREAMBULAR)).extracting(Paragraph::text).containsExactly("回顾其以往各项决议，");
    }

    @Test
    void markdownDecisionIsADecision() {
        String text = String.join("\n",
                "## 第99/1号决定",
                "",
                "### 某一议题",
                "",
                "预防犯罪和刑事司法委员会，",
                "",
                "1. **决定**将该项目列入下届会议议程；",
                "",
                "2. **请**秘书处编写报告。");
        UnDocument d = read(text);
        assertThat(d.printed().type()).isEqualTo(DocumentType.DECISION);
        UnDocument stray = read(text.replace("2. **请**", "### 2. **请**"));
        assertThat(stray.paragraphs(ParagraphKind.OPERATIVE)).extracting(Paragraph::text)
                .containsExactly("决定将该项目列入下届会议议程；", "请秘书处编写报告。");
        assertThat(resolved(d).header().adoptingBodyCode()).isEqualTo("CCPCJ");
        assertThat(org.mandategraph.rdf.DocumentMapper.documentIri(resolved(d)))
                .isEqualTo("https://w3id.org/mandategraph/id/decision/CCPCJ/99/1");
        assertThat(d.paragraphs(ParagraphKind.OPERATIVE)).hasSize(2);
    }

    @Test
    void securityCouncilResolutionNumberCarriesItsYear() {
        String text = String.join("\n",
                "联 合 国",
                "安全理事会",
                "Distr.: General",
                "28 September 2001",
                "",
                "第 1373 (2001)号决议",
                "2001 年 9 月 28 日安全理事会第 4385 次会议通过",
                "",
                "安全理事会，",
                "",
                "重申其 1999 年 10 月 19 日第 1269 (1999)号决议，",
                "",
                "1. 决定所有国家应：",
                "",
                "(a) 防止和制止资助恐怖主义行为；",
                "",
                "2. 请秘书长提供协助。");
        UnDocument d = read(text);
        assertThat(d.printed().number()).isEqualTo("1373 (2001)");
        assertThat(d.printed().adopted()).hasToString("2001-09-28");
        assertThat(resolved(d).header().symbol()).isEqualTo("S/RES/1373 (2001)");
        assertThat(org.mandategraph.rdf.DocumentMapper.documentIri(resolved(d)))
                .isEqualTo("https://w3id.org/mandategraph/id/resolution/SC/1373");
        assertThat(d.paragraphs(ParagraphKind.PREAMBULAR)).hasSize(1);
        assertThat(d.paragraphs(ParagraphKind.OPERATIVE).get(0).subParagraphs()).hasSize(1);
    }

    @Test
    void gb18030FileReadsLikeItsUtf8Twin(@TempDir Path dir) throws Exception {
        String original = Files.readString(Path.of("seeds/000_eea1a508a6c70b7c.txt"));
        Path gb = dir.resolve("000-gb.txt");
        Files.write(gb, original.getBytes(Charset.forName("GB18030")));
        Path utf16 = dir.resolve("000-utf16.md");
        byte[] body = original.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(utf16, withBom);
        Extractor ex = Extractor.standard();
        UnDocument a = ex.extract(Path.of("seeds/000_eea1a508a6c70b7c.txt")).document();
        for (Path p : List.of(gb, utf16)) {
            UnDocument b = ex.extract(p).document();
            assertThat(b.paragraphs()).extracting(Paragraph::text).isEqualTo(a.paragraphs().stream().map(Paragraph::text).toList());
            assertThat(b.header()).isEqualTo(a.header());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            # operative text with nothing before it: a fragment of a resolution, said in a warning
            1. 请联合国毒品和犯罪问题办公室提供技术援助； / 2. 敦促会员国加强合作。 | RESOLUTION | 2 | true
            # a report's numbered paragraphs open with no lead verb: still a report
            1. 本报告概述了所开展的活动。 / 2. 秘书处举办了讲习班。                 | REPORT     | 0 | false
            """)
    void operativeTextWithNoHeaderIsAResolutionFragment(String text, String type, int operative, boolean warned) {
        var d = read(text.replace(" / ", "\n\n"));
        assertThat(d.printed().type().name()).isEqualTo(type);
        assertThat(d.paragraphs(org.mandategraph.document.ParagraphKind.OPERATIVE)).hasSize(operative);
        assertThat(d.diagnostics().stream().anyMatch(x -> x.message().contains("fragment"))).isEqualTo(warned);
    }

    /**
     * Found by fuzzing (SegmenterFuzzTest, shrunk to {@code "1.[^1]"} and {@code "委员会，\n[^5]"}): a printed marker
     * whose footnote the document does not have was kept on the paragraph, and the graph linked it to a footnote
     * IRI that names nothing. A marker links only to a footnote the document prints.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"1.[^1]", "\u59D4\u5458\u4F1A\uFF0C\n[^5]", "1. 决定¹。", "大会，\n\n注意到²，"})
    void aMarkerWithoutItsFootnoteLinksNowhere(String text) {
        UnDocument d = segmenter.segment(new SourceText("test.md", text, StandardCharsets.UTF_8, "MARKDOWN"));
        assertThat(d.footnotes()).isEmpty();
        assertThat(d.paragraphs()).isNotEmpty().allSatisfy(p -> assertThat(p.footnoteMarkers()).isEmpty());
    }

    @Test
    void aMarkerWithItsFootnoteStillLinks() {
        UnDocument d = segmenter.segment(new SourceText("test.md", "大会，\n\n注意到《公约》¹，\n\n1. 决定¹。\n\n---\n\n¹ 联合国，《条约汇编》。\n",
                StandardCharsets.UTF_8, "MARKDOWN"));
        assertThat(d.footnotes()).extracting(f -> f.number()).containsExactly("1");
        assertThat(d.paragraphs()).allSatisfy(p -> assertThat(p.footnoteMarkers()).containsExactly("1"));
    }

    /**
     * Found by fuzzing (SegmenterFuzzTest, shrunk to {@code "1.\n(o)强\n(o)"}): a sub-paragraph label printed twice
     * in one paragraph gave two sub-paragraphs of one label, hence one IRI for two texts. The second is read as text
     * of the sub-paragraph before it, with a warning.
     */
    @Test
    void aSubParagraphLabelPrintedTwiceNamesOneSubParagraph() {
        for (String text : List.of("1.\n(o)\u5F3A\n(o)", "1. 决定：\n\n(a) 加强合作；\n\n(b) 提交报告；\n\n(a) 再次加强；\n")) {
            UnDocument d = read(text);
            Paragraph p = d.paragraphs().get(0);
            assertThat(p.subParagraphs()).extracting(s -> s.label()).doesNotHaveDuplicates();
            assertThat(d.diagnostics()).anyMatch(x -> x.message().contains("twice"));
        }
        Paragraph p = read("1. 决定：\n\n(a) 加强合作；\n\n(b) 提交报告；\n\n(a) 再次加强；\n").paragraphs().get(0);
        assertThat(p.subParagraphs()).extracting(s -> s.label()).containsExactly("a", "b");
        assertThat(p.subParagraphs().get(1).text()).contains("提交报告", "再次加强");
    }
}
