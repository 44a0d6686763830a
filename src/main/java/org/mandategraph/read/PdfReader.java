package org.mandategraph.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.mandategraph.document.SourceText;

/**
 * Reads PDF files with PDFBox from their glyphs' positions and sizes rather than from extracted text, so bold
 * drawn several times, raised footnote numbers, footnote areas and page furniture are told apart by geometry
 * ({@link PdfLayout}). A PDF without a text layer (a scan) or locked by a password is refused with one line
 * saying so, never read as an empty document.
 */
public class PdfReader implements DocumentReader {
    @Override
    public DocumentFormat format() {
        return DocumentFormat.PDF;
    }

    @Override
    public SourceText read(Path file, Decoding decoding) throws IOException {
        String name = file.getFileName().toString();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableInputException(name + ": encrypted PDF that forbids text extraction");
            }
            List<PdfGlyphs.Page> pages = PdfGlyphs.of(doc);
            if (pages.stream().allMatch(p -> p.glyphs().isEmpty())) {
                throw new UnreadableInputException(name + ": PDF with no text layer (" + pages.size()
                        + (pages.size() == 1 ? " page" : " pages") + " of images, a scan?); run OCR on it first");
            }
            PdfLayout.Built built = PdfLayout.of(pages);
            return new SourceText(name, built.text(), StandardCharsets.UTF_8, format().name(), built.layout());
        } catch (InvalidPasswordException e) {
            throw new UnreadableInputException(name + ": encrypted PDF (password-protected); cannot read it without the password");
        } catch (UnreadableInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException(name + ": not a readable PDF (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }
}
