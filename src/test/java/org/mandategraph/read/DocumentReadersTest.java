package org.mandategraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentReadersTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} starting {1} is {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // a text file is known by its name
            "a.txt      | 大会，                 | text",
            "a.md       | ## 大会                | markdown",
            "A.MARKDOWN | ## 大会                | markdown",
            // a signature in the first bytes wins over the name
            "a.txt      | %PDF-1.7               | PDF",
            "a.pdf      | %PDF-1.4               | PDF",
            "a.md       | %PDF-1.4               | PDF",
            // a binary extension is not taken at its word without its signature
            "a.pdf      | 大会，                 | -",
            // unknown names are nobody's
            "a.html     | <html>                 | -",
            "a          | 大会，                 | -",
    })
    void sniffsByContentThenName(String name, String head, String expected) {
        var f = DocumentReaders.sniff(head.getBytes(StandardCharsets.UTF_8), name, Set::of);
        assertThat(f.map(DocumentFormat::name).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "ZIP with {0}")
    @CsvSource(nullValues = "-", value = {
            "word/document.xml, Word (DOCX)",
            "content.xml,       -",
    })
    void zipPackagesAreToldApartByTheirEntries(String entry, String expected) throws IOException {
        Path p = dir.resolve("a.docx");
        try (OutputStream out = Files.newOutputStream(p); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(DocumentReaders.sniff(p).map(DocumentFormat::name).orElse(null)).isEqualTo(expected);
        assertThat(DocumentReaders.forFile(p).map(r -> r.format().name()).orElse(null)).isEqualTo(expected);
    }

    @Test
    void aPdfNamedTxtIsNotReadAsText() throws IOException {
        Path p = dir.resolve("disguised.txt");
        Files.write(p, "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(DocumentReaders.forFile(p)).map(DocumentReader::format).contains(DocumentFormat.PDF);
        assertThat(DocumentReaders.unsupportedReason(p)).contains("PDF content despite its name");
        assertThatThrownBy(() -> new PlainTextReader().read(p)).isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("PDF content");
    }

    @Test
    void foldersYieldOnlyFilesSomeReaderTakes() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "大会，");
        Files.writeString(dir.resolve("a.md"), "## 大会");
        Files.write(dir.resolve("c.txt"), "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(dir.resolve("d.html"), "<html>");
        // c.txt is a PDF by its content: the PDF reader takes it (and will say it cannot read it)
        assertThat(DocumentReaders.expand(java.util.List.of(dir))).extracting(p -> p.getFileName().toString())
                .containsExactly("a.md", "b.txt", "c.txt");
    }

    @Test
    void formatsCarryMimeTypesAndTheRegistryDescribesWhatItReads() {
        assertThat(DocumentFormat.forMimeType("text/markdown; charset=UTF-8")).contains(DocumentFormat.MARKDOWN);
        assertThat(DocumentFormat.forMimeType("application/pdf")).contains(DocumentFormat.PDF);
        assertThat(DocumentReaders.forMimeType("text/plain")).map(r -> r.format()).contains(DocumentFormat.TEXT);
        assertThat(DocumentReaders.supportedDescription()).isEqualTo(".txt (text/plain), .md (text/markdown), .pdf (application/pdf)"
                + " or .docx (application/vnd.openxmlformats-officedocument.wordprocessingml.document)");
        // .doc is recognised (to be refused with advice) but not offered as supported
        assertThat(DocumentReaders.supportedExtensions()).isEqualTo(".txt, .md, .pdf or .docx");
        assertThat(DocumentReaders.forMimeType("application/msword")).map(DocumentReader::readsContent).contains(false);
    }
}
