package org.mandategraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandategraph.cli.MandateGraphCommand;
import org.mandategraph.vocab.MG;
import picocli.CommandLine;

/**
 * Files as users download them: a folder mixing text, markdown, PDF and Word loads in one command; a scanned PDF,
 * a locked PDF and an old .doc each give one line saying why, and the rest of the folder is still read; a PDF
 * named .txt is read as the PDF it is.
 */
class PdfAndWordInputsTest {
    @TempDir
    static Path dir;
    static Path mixed;

    @BeforeAll
    static void folder() throws Exception {
        assumeTrue(UnPdfWriter.fontAvailable(), "no CJK font at " + UnPdfWriter.FONT + " (run .ci/install-test-tools)");
        List<Path> seeds = GeneratedInputs.seeds();
        mixed = Files.createDirectories(dir.resolve("downloads"));
        Files.copy(seeds.get(0), mixed.resolve(seeds.get(0).getFileName()));
        Files.copy(seeds.get(1), mixed.resolve(GeneratedInputs.stem(seeds.get(1)) + ".md"));
        GeneratedInputs.pdf(seeds.get(2), mixed);
        GeneratedInputs.docx(seeds.get(3), mixed);
        // a PDF saved under a text name is still a PDF
        Files.copy(GeneratedInputs.pdf(seeds.get(4)), mixed.resolve(GeneratedInputs.stem(seeds.get(4)) + ".txt"));
        BadPdfs.scanned(mixed.resolve("scan.pdf"));
        BadPdfs.encrypted(GeneratedInputs.pdf(seeds.get(0)), mixed.resolve("locked.pdf"));
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        Files.write(mixed.resolve("old.doc"), ole);
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = MandateGraphCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void extractReadsAMixedFolderAndNamesEachFileItCannotRead() throws Exception {
        Path nt = dir.resolve("out.nt");
        Run r = run("extract", "--format", "nt", "-o", nt.toString(), mixed.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        Model m = RDFDataMgr.loadModel(nt.toString());
        List<String> files = m.listObjectsOfProperty(MG.sourceFile).mapWith(n -> n.asLiteral().getString()).toList();
        assertThat(files).containsExactlyInAnyOrder(Files.list(GeneratedInputs.SEEDS).filter(p -> p.toString().endsWith(".txt"))
                .sorted().map(GeneratedInputs::stem).toList().stream()
                .map(s -> s + (s.startsWith("000") ? ".txt" : s.startsWith("001") ? ".md" : s.startsWith("002") ? ".pdf"
                        : s.startsWith("003") ? ".docx" : ".txt")).toArray(String[]::new));
        List<String> lines = Arrays.stream(r.err().split("\\R")).filter(l -> l.contains("scan.pdf") || l.contains("locked.pdf")
                || l.contains("old.doc")).toList();
        assertThat(lines).hasSize(3);
        assertThat(r.err()).contains("scan.pdf: PDF with no text layer (2 pages of images, a scan?); run OCR on it first",
                "locked.pdf: encrypted PDF (password-protected)", "old.doc: Word 97-2003 (.doc) is not read; convert it to .docx");
    }

    @Test
    void loadTakesTheSameFolderIntoAStore() {
        Run r = run("load", "--store", dir.resolve("store").toString(), mixed.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("load: 5 documents");
    }

    @Test
    void readersRefuseScansAndLockedFilesWithOneLine() {
        assertThatThrownBy(() -> new PdfReader().read(mixed.resolve("scan.pdf"))).isInstanceOf(UnreadableInputException.class)
                .hasMessage("scan.pdf: PDF with no text layer (2 pages of images, a scan?); run OCR on it first");
        assertThatThrownBy(() -> new PdfReader().read(mixed.resolve("locked.pdf"))).isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("locked.pdf: encrypted PDF");
        assertThatThrownBy(() -> DocumentReaders.forFile(mixed.resolve("old.doc")).orElseThrow().read(mixed.resolve("old.doc")))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("convert it to .docx");
        assertThatThrownBy(() -> new DocxReader().read(mixed.resolve("old.doc"))).isInstanceOf(UnreadableInputException.class)
                .hasMessageStartingWith("old.doc: not a readable Word (.docx) document");
    }

    @Test
    void formatsAreSniffedWhateverTheName() {
        Path disguised = mixed.resolve("004_571203a9b0a6c5aa.txt");
        assertThat(DocumentReaders.sniff(disguised)).contains(DocumentFormat.PDF);
        assertThat(DocumentReaders.forFile(disguised)).map(DocumentReader::format).contains(DocumentFormat.PDF);
        assertThat(DocumentReaders.sniff(mixed.resolve("003_7a09240912a16a89.docx"))).contains(DocumentFormat.DOCX);
        assertThat(DocumentReaders.sniff(mixed.resolve("old.doc"))).contains(DocumentFormat.DOC);
        assertThat(DocumentReaders.forMimeType("application/pdf")).map(DocumentReader::format).contains(DocumentFormat.PDF);
        assertThat(DocumentReaders.supportedExtensions()).isEqualTo(".txt, .md, .pdf or .docx");
    }
}
