package org.mandategraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mandategraph.document.MarkerRun;
import org.mandategraph.document.SourceLine;
import org.mandategraph.document.SourceText;

/**
 * English documents of the test corpus written as UN-style PDF and as DOCX. Until the English document grammar
 * lands they are held to the layout: the same body lines, in order, and the same footnotes as their text gives;
 * the score test compares documents, mandates and citations as for the seeds and runs once English is read.
 */
class EnglishInputsTest {
    static List<Path> sources() {
        return GeneratedInputs.ENGLISH;
    }

    /**
     * The layout as the segmenter will judge it: body blocks (lines between blank lines, as a paragraph-per-line
     * text parts them) in order, footnotes by number.
     */
    record Read(List<String> body, Map<String, String> notes) {
    }

    static Read read(SourceText t) {
        List<String> body = new ArrayList<>();
        Map<String, String> notes = new TreeMap<>();
        // the markdown's front matter is metadata of its extraction, not printed in a PDF or written in Word
        StringBuilder block = new StringBuilder();
        for (SourceLine l : UnPdfWriter.withoutFrontMatter(t.layout().lines())) {
            if (l.role() != SourceLine.Role.TEXT) {
                if (l.blank() && block.length() > 0) {
                    body.add(norm(block.toString()));
                    block.setLength(0);
                }
                continue;
            }
            if (!l.markers().isEmpty() && l.markers().get(0).at() == 0) {
                notes.put(l.markers().get(0).label(), norm(l.text()));
            } else {
                StringBuilder sb = new StringBuilder(l.text());
                for (int i = l.markers().size() - 1; i >= 0; i--) {
                    MarkerRun m = l.markers().get(i);
                    sb.insert(m.at(), m.label()); // a marker compares as the bare number the text printed
                }
                block.append(' ').append(sb);
            }
        }
        if (block.length() > 0) {
            body.add(norm(block.toString()));
        }
        return new Read(body, notes);
    }

    /** White space aside: wraps, and a marker's spacing, are the segmenter's business. */
    private static String norm(String s) {
        return s.replaceAll("\\s+", "");
    }

    @ParameterizedTest
    @MethodSource("sources")
    void aPdfGivesTheLinesAndFootnotesOfItsText(Path source) throws IOException {
        assumeTrue(UnPdfWriter.fontAvailable(), "no CJK font at " + UnPdfWriter.FONT + " (run .ci/install-test-tools)");
        Read text = read(GeneratedInputs.text(source));
        Read pdf = read(new PdfReader().read(GeneratedInputs.pdf(source, GeneratedInputs.DIR.resolve("pdf-en"))));
        assertThat(pdf.notes()).isEqualTo(text.notes());
        assertThat(pdf.body()).isEqualTo(text.body());
    }

    @ParameterizedTest
    @MethodSource("sources")
    void aDocxGivesTheLinesAndFootnotesOfItsText(Path source) throws IOException {
        Read text = read(GeneratedInputs.text(source));
        Read docx = read(new DocxReader().read(GeneratedInputs.docx(source, GeneratedInputs.DIR.resolve("docx-en"))));
        assertThat(docx.notes()).isEqualTo(text.notes());
        assertThat(docx.body()).isEqualTo(text.body());
    }

    /** English documents as generated PDF and DOCX read into what their text reads into. */
    @Test
    void englishPdfAndDocxGiveTheDocumentsOfTheirText() throws IOException {
        assumeTrue(UnPdfWriter.fontAvailable(), "no CJK font at " + UnPdfWriter.FONT);
        Map<String, Facts> text = Facts.of(sources());
        assumeTrue(!text.containsKey("!failures"), "English documents are not read yet: " + (text.containsKey("!failures")
                ? text.get("!failures").document().lines().findFirst().orElse("") : ""));
        List<Path> pdfs = new ArrayList<>();
        List<Path> docxs = new ArrayList<>();
        for (Path s : sources()) {
            pdfs.add(GeneratedInputs.pdf(s, GeneratedInputs.DIR.resolve("pdf-en")));
            docxs.add(GeneratedInputs.docx(s, GeneratedInputs.DIR.resolve("docx-en")));
        }
        sameFacts("PDF", Facts.of(pdfs), text);
        sameFacts("DOCX", Facts.of(docxs), text);
    }

    /**
     * The same documents and mandates as the text, and every citation of the text: the text is what PyMuPDF made of
     * the UN's PDF, with footnotes it broke ({@code [^1994]:}), so a generated PDF or DOCX may read a citation more.
     */
    private static void sameFacts(String format, Map<String, Facts> got, Map<String, Facts> text) {
        assertThat(got.keySet()).as(format).isEqualTo(text.keySet());
        for (Map.Entry<String, Facts> t : text.entrySet()) {
            Facts g = got.get(t.getKey());
            assertThat(g.document()).as(format + " " + t.getKey()).isEqualTo(t.getValue().document());
            assertThat(g.mandates()).as(format + " " + t.getKey()).isEqualTo(t.getValue().mandates());
            assertThat(g.citations()).as(format + " " + t.getKey()).containsAll(t.getValue().citations());
        }
    }
}
