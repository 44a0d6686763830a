package org.mandategraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mandategraph.document.Diagnostic;
import org.mandategraph.document.DocumentType;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.SubParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParagraphSequencerTest {
    private final List<Diagnostic> diags = new ArrayList<>();

    private ParagraphSequencer.Result sequence(DocumentType type, String cells) {
        return new ParagraphSequencer(Stages.ZH, new Warnings("t.txt", diags)).sequence(blocks(cells), type, Set.of());
    }

    /** One block a cell; {@code #} before a cell marks a markdown heading. */
    private static List<BlockJoiner.Block> blocks(String cells) {
        List<BlockJoiner.Block> blocks = new ArrayList<>();
        int at = 0;
        for (String c : cells.split(" ; ")) {
            boolean heading = c.startsWith("#");
            String text = heading ? c.substring(1) : c;
            blocks.add(new BlockJoiner.Block(at, at + text.length(), text, heading));
            at += text.length() + 1;
        }
        return blocks;
    }

    private static String describe(Paragraph p) {
        StringBuilder sb = new StringBuilder(p.kind().iriSegment() + p.number());
        for (SubParagraph s : p.subParagraphs()) {
            sb.append('(').append(s.label()).append(')');
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # the preamble runs up to paragraph 1; markdown headings are no paragraphs
            RESOLUTION | #决议标题 ; 又回顾其决议， ; 认识到威胁， ; 1. 请会员国提供资源； ; 2. 请秘书长报告。         | pp1 pp2 op1 op2
            # lettered blocks are sub-paragraphs of the paragraph before them
            RESOLUTION | 1. 请会员国： ; (a) 提供资源； ; (b) 提供资料； ; 2. 请秘书长报告。                     | op1(a)(b) op2
            # a report numbers its paragraphs 1…N across sections; a numbered heading out of sequence restarts nothing
            REPORT     | 一、导言 ; 1. 本报告是根据决议提交的。 ; 二、活动 ; 2. 办事处提供了援助。 ; 1. 技术援助 ; 3. 办事处还提供了培训。 | para1 para2 para3
            # a short unfinished line between report paragraphs is a heading, not a continuation
            REPORT     | 1. 本报告是根据决议提交的。 ; 技术援助 ; 2. 办事处提供了援助。                          | para1 para2
            # one lost number is a gap in the sequence
            REPORT     | 1. 本报告是根据决议提交的。 ; 3. 办事处提供了援助。                                     | para1 para3
            """)
    void paragraphsInSequence(DocumentType type, String blocks, String expected) {
        List<Paragraph> ps = sequence(type, blocks).paragraphs();
        assertThat(ps).extracting(ParagraphSequencerTest::describe).containsExactly(expected.split(" "));
        assertThat(ps).extracting(Paragraph::ordinal).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, ps.size()).boxed().toList());
    }

    @Test
    void aGapInTheNumberingIsADiagnosticWithItsPosition() {
        sequence(DocumentType.REPORT, "1. 本报告是根据决议提交的。 ; 3. 办事处提供了援助。");
        assertThat(diags).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("paragraph 2 not found; numbering continues at 3");
            assertThat(d.span().start()).isEqualTo("1. 本报告是根据决议提交的。".length() + 1);
        });
    }

    /**
     * A resolution that adopts a declaration printed after its closing record: its unnumbered "Adopts …" is its
     * operative part, what is numbered after the record is the annex, and a preamble before it stays a preamble.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Adopts the Declaration annexed to the present resolution. ; 28th plenary meeting 4 November 2025 ; #Annex ; Declaration ; 1. We, Heads of State, have gathered. ; 2. We request the Secretary-General to report.  | op1 annex1 annex2
            Recalling its resolution 79/1, ; Adopts the Declaration. ; Decides to meet again. ; 48th plenary meeting 24 November 2025 ; Annex ; 1. We recall. | pp1 op1 op2 annex1
            # the record with the annex's heading and title joined after it, as a PDF's text gives them
            Adopts the Declaration annexed to the present resolution. ; 48th plenary meeting 24 November 2025 Annex 2025 Political Declaration ; 1. We recall. ; 2. We urge States. | op1 annex1 annex2
            # no operative opening before the record: read as before (the record ends the preamble's sequence)
            Recalling its resolution 79/1, ; 1. Requests the Secretary-General to report. ; 48th plenary meeting 24 November 2025 | pp1 op1
            """)
    void anAnnexAfterTheClosingRecordIsNotTheOperativePart(String cells, String expected) {
        ParagraphSequencer en = new ParagraphSequencer(Stages.EN, new Warnings("t.txt", diags),
                t -> t.startsWith("Adopts") || t.startsWith("Decides") || t.startsWith("Requests"));
        ParagraphSequencer.Result r = en.sequence(blocks(cells), DocumentType.RESOLUTION, Set.of());
        assertThat(r.paragraphs()).extracting(ParagraphSequencerTest::describe).containsExactly(expected.split(" "));
        assertThat(r.closingDate()).isNotNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Adopts         | true
            Calls upon     | true
            Takes note     | true
            Recalling      | false
            Conscious      | false
            Deeply concerned | false
            Mindful        | false
            """)
    void englishTellsAnOperativeLeadVerbByItsForm(String form, boolean operative) {
        assertThat(Stages.EN.operativeForm(form)).isEqualTo(operative);
    }

    @Test
    void closingLinesAreTheAdoptionRecord() {
        ParagraphSequencer.Result r = sequence(DocumentType.RESOLUTION,
                "1. 请秘书长报告。 ; 2011 年 12 月 19 日 ; 第 89 次全体会议");
        assertThat(r.paragraphs()).hasSize(1);
        assertThat(r.closingDate()).isEqualTo(LocalDate.of(2011, 12, 19));
        assertThat(r.meeting()).isEqualTo(89);
    }
}
