package org.mandategraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seeds written as Word files (automatic numbering, real footnotes, bold lead words, heading styles) read
 * into the same documents, mandates and citations as their text files.
 */
class DocxSeedsTest {
    static Map<String, Facts> text;
    static Map<String, Facts> docx;

    @BeforeAll
    static void extract() throws Exception {
        List<Path> seeds = GeneratedInputs.seeds();
        List<Path> docxs = new ArrayList<>();
        for (Path s : seeds) {
            docxs.add(GeneratedInputs.docx(s));
        }
        text = Facts.of(seeds);
        docx = Facts.of(docxs);
    }

    @Test
    void everySeedReadsAsTheSameDocument() {
        assertThat(docx.keySet()).isEqualTo(text.keySet());
        for (String k : text.keySet()) {
            assertThat(docx.get(k).document()).as(k).isEqualTo(text.get(k).document());
        }
    }

    @Test
    void mandatesAreThoseOfTheText() {
        for (String k : text.keySet()) {
            assertThat(docx.get(k).mandates()).as(k).isEqualTo(text.get(k).mandates());
        }
    }

    @Test
    void citationsAreThoseOfTheText() {
        for (String k : text.keySet()) {
            assertThat(docx.get(k).citations()).as(k).isEqualTo(text.get(k).citations());
        }
    }
}
