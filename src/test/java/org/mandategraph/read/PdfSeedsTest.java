package org.mandategraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seeds written as UN-style PDFs (fake bold, raised markers, footnote areas, running heads, job numbers) read
 * into the same documents, mandates and citations as their text files.
 */
class PdfSeedsTest {
    static Map<String, Facts> text;
    static Map<String, Facts> pdf;

    @BeforeAll
    static void extract() throws Exception {
        assumeTrue(UnPdfWriter.fontAvailable(), "no CJK font at " + UnPdfWriter.FONT + " (run .ci/install-test-tools)");
        List<Path> seeds = GeneratedInputs.seeds();
        List<Path> pdfs = new ArrayList<>();
        for (Path s : seeds) {
            pdfs.add(GeneratedInputs.pdf(s));
        }
        text = Facts.of(seeds);
        pdf = Facts.of(pdfs);
    }

    @Test
    void everySeedReadsAsTheSameDocument() {
        assertThat(pdf.keySet()).isEqualTo(text.keySet());
        for (String k : text.keySet()) {
            assertThat(pdf.get(k).document()).as(k).isEqualTo(text.get(k).document());
        }
    }

    /** Each paragraph of a PDF carries the page it starts on, as evidence; a text file's carry none. */
    @Test
    void paragraphsOfAPdfKeepTheirPage() throws Exception {
        Path seed = GeneratedInputs.seeds().get(0);
        java.util.Map<String, Integer> pages = new java.util.TreeMap<>();
        for (Path f : List.of(seed, GeneratedInputs.pdf(seed))) {
            BatchResultHolder.Result r = BatchResultHolder.pages(f);
            pages.put(f.getFileName().toString(), r.maxPage());
            if (f == seed) {
                assertThat(r.paragraphsWithPage()).isZero();
            } else {
                assertThat(r.paragraphsWithPage()).isEqualTo(r.paragraphs());
            }
        }
        assertThat(pages.get(GeneratedInputs.stem(seed) + ".pdf")).isGreaterThanOrEqualTo(3);
    }

    /**
     * And where on the page: the first line's left edge and baseline in points, inside an A4 page, paragraphs on
     * one page following each other down it; a text file's paragraphs have no place.
     */
    @Test
    void paragraphsOfAPdfKeepWhereTheyStandOnThePage() throws Exception {
        Path seed = GeneratedInputs.seeds().get(0);
        for (Path f : List.of(seed, GeneratedInputs.pdf(seed))) {
            org.mandategraph.ingest.BatchResult b = org.mandategraph.ingest.BatchResult.extract(Facts.EXTRACTOR,
                    List.of(f), new java.io.PrintWriter(new java.io.StringWriter()));
            org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            m.add(b.dataset().getUnionModel());
            java.util.List<org.apache.jena.rdf.model.Resource> texts = m.listSubjectsWithProperty(
                    org.apache.jena.vocabulary.RDF.type, org.mandategraph.vocab.MG.ParagraphText).toList();
            assertThat(texts).isNotEmpty();
            java.util.TreeMap<Integer, float[]> byOrdinal = new java.util.TreeMap<>();
            for (org.apache.jena.rdf.model.Resource t : texts) {
                var x = t.getProperty(org.mandategraph.vocab.MG.pageX);
                var y = t.getProperty(org.mandategraph.vocab.MG.pageY);
                if (f == seed) {
                    assertThat(x).isNull();
                    continue;
                }
                assertThat(x).as(t.getURI()).isNotNull();
                float px = x.getFloat();
                float py = y.getFloat();
                assertThat(px).isBetween(0f, 595f);
                assertThat(py).isBetween(0f, 842f);
                org.apache.jena.rdf.model.Resource para = t.getPropertyResourceValue(org.mandategraph.vocab.MG.textOf);
                if (para.hasProperty(org.mandategraph.vocab.MG.ordinal)) {
                    byOrdinal.put(para.getProperty(org.mandategraph.vocab.MG.ordinal).getInt(),
                            new float[] {t.getProperty(org.mandategraph.vocab.MG.page).getInt(), py});
                }
            }
            float[] prev = null;
            for (float[] cur : byOrdinal.values()) {
                if (prev != null && prev[0] == cur[0]) {
                    assertThat(cur[1]).as("paragraphs on one page follow each other down it").isGreaterThan(prev[1]);
                }
                prev = cur;
            }
        }
    }

    @Test
    void mandatesAreThoseOfTheText() {
        for (String k : text.keySet()) {
            assertThat(pdf.get(k).mandates()).as(k).isEqualTo(text.get(k).mandates());
        }
    }

    @Test
    void citationsAreThoseOfTheText() {
        for (String k : text.keySet()) {
            assertThat(pdf.get(k).citations()).as(k).isEqualTo(text.get(k).citations());
        }
    }
}
