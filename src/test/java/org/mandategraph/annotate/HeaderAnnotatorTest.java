package org.mandategraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandategraph.document.DocumentType;
import org.mandategraph.document.Header;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.ParagraphKind;
import org.mandategraph.document.PrintedHeader;
import org.mandategraph.document.SourceText;
import org.mandategraph.document.Span;
import org.mandategraph.document.UnDocument;
import org.mandategraph.language.Language;
import org.mandategraph.language.Languages;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.vocab.Iris;

/** The pipeline's first annotator on its own: headers as printed, in, and their codes, symbol and IRI, out. */
class HeaderAnnotatorTest {
    private static final Language ZH = Languages.forTag("zh").orElseThrow();
    private static final Language EN = Languages.forTag("en").orElseThrow();

    /**
     * A printed header: {@code lines} the names the header lines start with, {@code |} between them, a line after
     * {@code @} standing after the session line.
     */
    private static PrintedHeader printed(DocumentType type, String lines, String body, String recommending,
                                         String author, String symbol, String number) {
        List<PrintedHeader.NameLine> names = new ArrayList<>();
        boolean afterSession = false;
        String first = null;
        for (String n : lines == null ? new String[0] : lines.split("\\|")) {
            String name = n.strip();
            if (name.startsWith("@")) {
                afterSession = true;
                name = name.substring(1);
            }
            first = first == null ? name : first;
            names.add(new PrintedHeader.NameLine(name, afterSession));
        }
        return new PrintedHeader(type, names, first, body, type == DocumentType.DECISION, null, null, recommending, null,
                null, null, symbol, number, null, author, null, null, null);
    }

    private static Header resolve(Language l, PrintedHeader p, String text) {
        return new HeaderAnnotator(Gazetteer.of(l.matchRules())).resolve(p, l.documentGrammar(), text);
    }

    @ParameterizedTest(name = "{0}: {1} {5}")
    @CsvSource(delimiter = ';', nullValues = "-", textBlock = """
            # lang; type; names (| between lines, @ after the session line); body line; recommending; author; printed symbol; number; text; organ; adopting; author; recommending; symbol
            zh; RESOLUTION; 联合国 | 大会 | @第六十六届会议; 大会; 第三委员会; -; -; 66/177; -; GA; GA; -; C3; A/RES/66/177
            en; RESOLUTION; United Nations | General Assembly; General Assembly; Third Committee; -; -; 80/12; -; GA; GA; -; C3; A/RES/80/12
            # an organ printed without its body line: the symbol comes from the organ's series
            zh; RESOLUTION; 经济及社会理事会; -; 预防犯罪和刑事司法委员会; -; -; 2012/19; -; ECOSOC; -; -; CCPCJ; E/RES/2012/19
            # the body line names a body the header does not: it adopts, it is the organ, its series gives the symbol
            zh; RESOLUTION; 联合国; 经济及社会理事会; -; -; -; 2099/1; -; ECOSOC; ECOSOC; -; -; E/RES/2099/1
            # a commission printed under its council, just above the session line, is the organ; it has no series
            zh; RESOLUTION; 联合国 | 经济及社会理事会 | 麻醉药品委员会 | @第五十五届会议 | @大会; 麻醉药品委员会; -; -; -; 55/1; -; CND; CND; -; -; -
            # a printed symbol is kept, never derived
            zh; RESOLUTION; 安全理事会; 安全理事会; -; -; S/RES/1373 (2001); 1373 (2001); -; SC; SC; -; -; S/RES/1373 (2001)
            # a report: its author by name; no number, no symbol derived
            zh; REPORT; A/68/127 | 大会 | @第六十八届会议; -; -; 秘书长; A/68/127; -; -; GA; -; SG; -; A/68/127
            en; REPORT; General Assembly; -; -; Secretary-General; A/80/1; -; -; GA; -; SG; -; A/80/1
            # a report's bare post title: the post whose office the text names
            zh; REPORT; 预防犯罪和刑事司法委员会 | @第二十二届会议; -; -; 执行主任; E/CN.15/2013/17; -; 毒品和犯罪问题办公室开展了活动。毒品和犯罪问题 办公室; CCPCJ; -; UNODC-ED; -; E/CN.15/2013/17
            zh; REPORT; 预防犯罪和刑事司法委员会 | @第二十二届会议; -; -; 执行主任; -; -; 本报告介绍了活动。; CCPCJ; -; -; -; -
            # a report naming no known organ: its first line is tried
            zh; REPORT; 无名机构; -; -; 秘书长; -; -; -; -; -; SG; -; -
            # a decision: its body line's commission
            zh; DECISION; -; 预防犯罪和刑事司法委员会; -; -; -; 99/1; -; CCPCJ; CCPCJ; -; -; -
            """)
    void printedNamesMapToCodes(String lang, DocumentType type, String names, String body, String recommending,
                                String author, String symbol, String number, String text, String organCode,
                                String adoptingCode, String authorCode, String recommendingCode, String derivedSymbol) {
        Header h = resolve(lang.equals("en") ? EN : ZH, printed(type, names, body, recommending, author, symbol, number),
                text == null ? "" : text);
        assertThat(h.type()).isEqualTo(type);
        assertThat(java.util.Arrays.asList(h.organCode(), h.adoptingBodyCode(), h.authorCode(), h.recommendingBodyCode(),
                h.symbol())).containsExactly(organCode, adoptingCode, authorCode, recommendingCode, derivedSymbol);
        assertThat(h.number()).isEqualTo(number);
    }

    @Test
    void printedValuesPassThroughAndTheClosingDateStandsForAMissingAdoptionDate() {
        PrintedHeader p = new PrintedHeader(DocumentType.RESOLUTION, List.of(new PrintedHeader.NameLine("大会", false)),
                "大会", "大会", false, 66, "107", "第三委员会", "A/66/463", LocalDate.of(2012, 3, 30), null, null,
                "66/177", "加强国际合作", null, null, LocalDate.of(2011, 12, 19), 89);
        Header h = resolve(ZH, p, "");
        assertThat(h).isEqualTo(new Header(DocumentType.RESOLUTION, "GA", "GA", null, "66/177", "A/RES/66/177",
                "加强国际合作", 66, "107", "A/66/463", LocalDate.of(2012, 3, 30), LocalDate.of(2011, 12, 19), 89, null,
                "C3"));
        PrintedHeader dated = new PrintedHeader(p.type(), p.names(), p.firstLine(), p.bodyName(), false, null, null,
                null, null, null, LocalDate.of(2011, 12, 1), null, "66/177", null, null, null, LocalDate.of(2011, 12, 19), null);
        assertThat(resolve(ZH, dated, "").adopted()).isEqualTo(LocalDate.of(2011, 12, 1));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = ';', nullValues = "-", textBlock = """
            # type; body line; printed symbol; number; document IRI
            RESOLUTION; 大会; -; 66/177; resolution/GA/66/177
            RESOLUTION; 麻醉药品委员会; -; 55/1; resolution/CND/55/1
            DECISION; 预防犯罪和刑事司法委员会; -; 99/1; decision/CCPCJ/99/1
            RESOLUTION; 安全理事会; S/RES/1373 (2001); 1373 (2001); resolution/SC/1373
            REPORT; -; E/CN.7/2017/4-E/CN.15/2017/4; -; doc/E/CN.7/2017/4
            REPORT; -; -; -; doc/local/some-report
            """)
    void theResolvedHeaderGivesTheDocumentItsIri(DocumentType type, String body, String symbol, String number, String iri) {
        UnDocument d = new UnDocument(new SourceText("some report.txt", "", StandardCharsets.UTF_8, "text"),
                printed(type, null, body, null, null, symbol, number), List.of(new Paragraph(ParagraphKind.OPERATIVE,
                "1", 0, "请秘书长提交报告。", new Span(0, 0), List.of(), List.of())), List.of(), List.of());
        assertThat(d.headerResolved()).isFalse();
        AnnotatedDocument ad = new HeaderAnnotator(Gazetteer.of(ZH.matchRules())).annotate(AnnotatedDocument.of(d, ZH));
        assertThat(ad.iri()).isEqualTo(Iris.ID + iri);
        assertThat(ad.document().headerResolved()).isTrue();
        assertThat(ad.header()).isSameAs(ad.document().header());
        assertThat(ad.document().printed()).isSameAs(d.printed());
        assertThat(ad.document().paragraphs()).isEqualTo(d.paragraphs());
    }
}
