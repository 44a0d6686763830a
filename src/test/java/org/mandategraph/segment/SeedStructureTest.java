package org.mandategraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.document.DocumentType;
import org.mandategraph.document.Footnote;
import org.mandategraph.document.Header;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.ParagraphKind;
import org.mandategraph.document.SubParagraph;
import org.mandategraph.document.UnDocument;
import org.mandategraph.rdf.DocumentMapper;
import org.mandategraph.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The seeds read as printed: counts, header facts, clean text, and the structure graph against golden files. */
class SeedStructureTest {
    private static final Pattern BOLD_RUN = Pattern.compile("(\\p{IsHan}{1,30}?)\\1{2,}");
    /** A footnote number stuck to the words around it, e.g. {@code 公约》1所列} or {@code 流动1并制止}. */
    private static final Pattern GLUED_DIGIT = Pattern.compile(
            "[\\p{IsHan}》)）][0-9]{1,2}(?=[\\p{IsHan}&&[^年月日时条款段项章节卷号次届个名份倍岁人万亿千百元美分周国]])");

    static UnDocument doc(String prefix) throws IOException {
        return Seeds.document(prefix).document();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            000 | RESOLUTION | https://w3id.org/mandategraph/id/resolution/GA/66/177       | A/RES/66/177  | GA        | 2011-12-19 | 18 | 18 | 0
            001 | REPORT     | -                                                          | -             | -         | -          | 0  | 0  | 92
            002 | RESOLUTION | https://w3id.org/mandategraph/id/resolution/GA/67/189       | A/RES/67/189  | GA        | 2012-12-20 | 31 | 41 | 0
            003 | RESOLUTION | https://w3id.org/mandategraph/id/resolution/ECOSOC/2012/19  | E/RES/2012/19 | ECOSOC    | 2012-07-26 | 17 | 17 | 0
            004 | RESOLUTION | https://w3id.org/mandategraph/id/resolution/COP-UNTOC/10/4  | -             | COP-UNTOC | -          | 23 | 16 | 0
            """)
    void seedsReadAsPrinted(String prefix, DocumentType type, String iri, String symbol, String body, String date,
                            int preambular, int operative, int report) throws IOException {
        AnnotatedDocument ad = Seeds.document(prefix);
        UnDocument d = ad.document();
        Header h = d.header();
        assertThat(h.type()).isEqualTo(type);
        if (iri != null) {
            assertThat(ad.iri()).isEqualTo(iri);
        }
        assertThat(h.symbol()).isEqualTo(symbol);
        assertThat(h.adoptingBodyCode()).isEqualTo(body);
        assertThat(h.adopted()).isEqualTo(date == null ? null : LocalDate.parse(date));
        assertThat(d.paragraphs(ParagraphKind.PREAMBULAR)).hasSize(preambular);
        assertThat(d.paragraphs(ParagraphKind.OPERATIVE)).hasSize(operative);
        assertThat(d.paragraphs(ParagraphKind.REPORT)).hasSize(report);
        for (ParagraphKind k : ParagraphKind.values()) {
            List<Paragraph> ps = d.paragraphs(k);
            for (int i = 0; i < ps.size(); i++) {
                assertThat(ps.get(i).number()).as("numbering of %s", k).isEqualTo(String.valueOf(i + 1));
            }
        }
    }

    @Test
    void resolutionHeadersCarrySessionAgendaAndCommitteeReport() throws IOException {
        Header h = doc("000").header();
        assertThat(h.session()).isEqualTo(66);
        assertThat(h.agendaItem()).isEqualTo("107");
        assertThat(h.committeeReport()).isEqualTo("A/66/463");
        assertThat(h.distributed()).isEqualTo(LocalDate.of(2012, 3, 30));
        assertThat(h.plenaryMeeting()).isEqualTo(89);
        assertThat(h.title()).isEqualTo("加强国际合作，对付犯罪活动所产生的非法资金流动的有害影响");
        Header h2 = doc("002").header();
        assertThat(h2.session()).isEqualTo(67);
        assertThat(h2.plenaryMeeting()).isEqualTo(60);
        Header h3 = doc("003").header();
        assertThat(h3.committeeReport()).isEqualTo("E/2012/30");
        assertThat(h3.title()).isEqualTo("加强国际合作打击一切形式和表现的跨国有组织犯罪");
        assertThat(doc("004").header().title()).isEqualTo("庆祝《联合国打击跨国有组织犯罪公约》通过二十周年并推动其有效实施");
    }

    @Test
    void reportHeaderNamesOrganSessionAuthorAndSummary() throws IOException {
        Header h = doc("001").header();
        assertThat(h.organCode()).isEqualTo("CCPCJ");
        assertThat(h.session()).isEqualTo(22);
        assertThat(h.agendaItem()).isEqualTo("7");
        assertThat(h.authorCode()).isEqualTo("UNODC-ED");
        assertThat(h.title()).isEqualTo("加强在打击因犯罪活动而产生的非法资金流动有害影响上的国际合作");
        assertThat(h.summary()).contains("依照联大第 66/177 号决议，本报告");
    }

    @Test
    void subParagraphsBelongToTheirParagraph() throws IOException {
        Paragraph op15 = doc("004").paragraphs(ParagraphKind.OPERATIVE).get(14);
        assertThat(op15.subParagraphs()).extracting(SubParagraph::label).containsExactly("a", "b", "c", "d");
        // a page break inside sub-paragraph (d) is joined back into one sentence
        assertThat(op15.subParagraphs().get(3).text()).contains("刑事事项互助示范法");
        assertThat(doc("004").paragraphs(ParagraphKind.OPERATIVE).get(8).text()).contains("所涵盖的犯罪所得");
        Paragraph p92 = doc("001").paragraphs(ParagraphKind.REPORT).get(91);
        assertThat(p92.subParagraphs()).extracting(SubParagraph::label)
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        assertThat(p92.subParagraphs().get(8).text()).contains("第 6、7和 17 条");
    }

    @Test
    void reportSectionHeadingsThatRestartNumberingAreNotParagraphs() throws IOException {
        List<Paragraph> ps = doc("001").paragraphs(ParagraphKind.REPORT);
        assertThat(ps.get(22).text()).startsWith("由毒品和犯罪问题办公室开展的");
        assertThat(ps).noneMatch(p -> p.text().startsWith("提高国别协调"));
        // a character lost in extraction (后， for 最后，) does not derail numbering
        assertThat(ps.get(2).text()).startsWith("后，联大在其决议中请");
    }

    @Test
    void footnotesAreLinkedFromTheParagraphCarryingTheirMarker() throws IOException {
        UnDocument d = doc("000");
        assertThat(d.footnotes()).extracting(Footnote::number).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(d.paragraphs().get(0).footnoteMarkers()).containsExactly("1");
        Paragraph op1 = d.paragraphs(ParagraphKind.OPERATIVE).get(0);
        assertThat(op1.footnoteMarkers()).containsExactlyInAnyOrder("1", "3", "4");
        UnDocument report = doc("001");
        assertThat(report.paragraphs(ParagraphKind.REPORT).get(13).footnoteMarkers()).containsExactly("1");
        assertThat(report.paragraphs(ParagraphKind.REPORT).get(13).text()).contains("跨境流动并制止其进入");
        UnDocument d3 = doc("003");
        assertThat(d3.footnotes()).hasSize(10);
        assertThat(d3.paragraphs(ParagraphKind.OPERATIVE).get(10).footnoteMarkers()).containsExactly("6");
        assertThat(d3.paragraphs(ParagraphKind.OPERATIVE).get(10).text()).contains("2011 年 4月 15 日");
        UnDocument d2 = doc("002");
        assertThat(d2.footnote("9")).get().extracting(Footnote::text).isEqualTo("A/67/156。");
        assertThat(d2.paragraphs(ParagraphKind.OPERATIVE).get(0).footnoteMarkers()).containsExactly("9");
    }

    @ParameterizedTest
    @CsvSource({"000", "001", "002", "003", "004"})
    void paragraphSpansPointAtTheirTextInTheSourceFile(String prefix) throws IOException {
        UnDocument d = doc(prefix);
        String src = d.source().text();
        for (Paragraph p : d.paragraphs()) {
            String printed = org.mandategraph.read.TextCleaner.unmark(
                    org.mandategraph.read.TextCleaner.cleanLine(p.sourceSpan().of(src).replace("\n", "")), x -> false).text()
                    .replaceAll("\\s+", "");
            String head = p.text().replaceAll("\\s+", "");
            head = head.substring(0, Math.min(6, head.length()));
            assertThat(printed).as("%s %s span %s", prefix, p.number(), p.sourceSpan()).contains(head);
        }
    }

    static Stream<Arguments> allTexts() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Path f : Seeds.files()) {
            String prefix = f.getFileName().toString().substring(0, 3);
            UnDocument d = Seeds.document(prefix).document();
            for (Paragraph p : d.paragraphs()) {
                out.add(Arguments.of(prefix + " " + p.kind().iriSegment() + " " + p.number(), p.text()));
                for (SubParagraph s : p.subParagraphs()) {
                    out.add(Arguments.of(prefix + " " + p.number() + "(" + s.label() + ")", s.text()));
                }
            }
            for (Footnote fn : d.footnotes()) {
                out.add(Arguments.of(prefix + " fn " + fn.number(), fn.text()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allTexts")
    void everyTextIsClean(String where, String text) {
        assertThat(text).isNotBlank()
                .doesNotContain("**", "<sup>", "</sup>", "##", "\n", "\r")
                .doesNotContainPattern("[\\uE000-\\uE003⁰¹²³⁴⁵⁶⁷⁸⁹]")
                .doesNotContainPattern(BOLD_RUN)
                .doesNotContainPattern(GLUED_DIGIT);
        assertThat(text).isEqualTo(text.strip());
    }

    @ParameterizedTest
    @CsvSource({"000", "001", "002", "003", "004"})
    void structureGraphMatchesGoldenFile(String prefix) throws IOException {
        AnnotatedDocument ad = Seeds.document(prefix);
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(org.mandategraph.vocab.Prefixes.ALL);
        new DocumentMapper(org.mandategraph.testing.Lexicons.gazetteer()).emit(AnnotatedDocument.of(ad.document(), ad.iri()), StreamRDFLib.graph(g));
        Path golden = Path.of("src/test/resources/golden/structure/" + prefix + ".ttl");
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.createDirectories(golden.getParent());
            try (OutputStream out = Files.newOutputStream(golden)) {
                RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
            }
            assertThat(Boolean.getBoolean("golden.update")).as("golden file %s was missing and has been written; review and commit it", golden).isTrue();
        }
        Graph expected = RDFDataMgr.loadGraph(golden.toString());
        assertThat(g.isIsomorphicWith(expected))
                .as("structure of %s differs from %s (rerun with -Dgolden.update=true after review)", prefix, golden)
                .isTrue();
    }
}
