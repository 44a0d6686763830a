package org.mandategraph.annotate;

import org.mandategraph.ingest.Extractor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mandategraph.document.SourceText;
import org.mandategraph.vocab.MG;
import org.mandategraph.testing.Seeds;

/** respondsTo (SPEC §5 rule 8), read from the seeds and from small documents. */
class ResponseAnnotatorTest {

    private static String local(String iri) {
        return iri.substring(MG.ID.length());
    }

    @Test
    void reportSaysInItsSummaryWhichResolutionItAnswers() throws Exception {
        AnnotatedDocument report = Seeds.document("001");
        assertThat(report.responses()).extracting(r -> local(r.reportIri()) + " " + local(r.resolutionIri()))
                .containsExactly(local(report.iri()) + " resolution/GA/66/177");
        assertThat(report.responses().get(0).locus()).isEqualTo(Locus.HEADER);
    }

    @Test
    void resolutionFootnotesTheSymbolOfAReportPreparedPursuantToAnotherResolution() throws Exception {
        assertThat(Seeds.document("002").responses())
                .extracting(r -> local(r.reportIri()) + " " + local(r.resolutionIri()))
                .containsExactly("doc/A/67/156 resolution/GA/66/181");
    }

    @Test
    void resolutionsThatOnlyRecallOthersRespondToNothing() throws Exception {
        assertThat(Seeds.document("000").responses()).isEmpty();
        assertThat(Seeds.document("003").responses()).isEmpty();
        assertThat(Seeds.document("004").responses()).isEmpty();
    }

    @Test
    void inlineSymbolAfterThePreparedReport() throws Exception {
        AnnotatedDocument d = CitationAnnotatorTest.resolution("大会", "回顾以往各项决议，",
                "注意到秘书长依照大会第 66/181 号决议编写的报告(A/67/156)；");
        assertThat(d.responses()).extracting(r -> local(r.reportIri()) + " " + local(r.resolutionIri()))
                .containsExactly("doc/A/67/156 resolution/GA/66/181");
    }

    @Test
    void reportParagraphNamingThisReport() throws Exception {
        String text = String.join("\n", "预防犯罪和刑事司法委员会", "", "第二十二届会议", "", "执行主任的报告", "",
                "一. 导言", "", "1. 本报告系依照大会第 67/189 号决议提交。", "", "2. 毒品和犯罪问题办公室继续开展工作。");
        AnnotatedDocument d = Extractor.standard().extract(new SourceText("r.txt", text, StandardCharsets.UTF_8, "text"));
        assertThat(d.responses()).extracting(r -> local(r.resolutionIri())).containsExactly("resolution/GA/67/189");
    }

    /**
     * Found by fuzzing (SegmenterFuzzTest, seed paragraphs shuffled: an English report whose paragraph 1 ran on for
     * 2,400 characters with no full stop): splitting it into sentences overflowed the stack, one regex frame per
     * character, and the StackOverflowError escaped the extractor. The sentence pattern now loops without recursing.
     */
    @Test
    void aLongEnglishSentenceDoesNotOverflowTheStack() throws Exception {
        String text = "Report of the Secretary-General\n\n1. The present report is submitted pursuant to General Assembly "
                + "resolution 66/177, " + "on the participation, perspectives and knowledge of Indigenous women and girls, "
                .repeat(300) + "as requested.\n";
        Throwable[] failure = new Throwable[1];
        AnnotatedDocument[] doc = new AnnotatedDocument[1];
        // a worker's stack, as the batch extracts on every core
        Thread t = new Thread(null, () -> {
            try {
                doc[0] = Extractor.standard().extract(new SourceText("report.txt", text, StandardCharsets.UTF_8, "text"));
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "extract", 1 << 20);
        t.start();
        t.join();
        assertThat(failure[0]).isNull();
        assertThat(doc[0].document().paragraphs()).hasSize(1);
        assertThat(doc[0].responses()).extracting(r -> local(r.resolutionIri())).containsExactly("resolution/GA/66/177");
    }
}
