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
