package org.mandategraph.read;

import java.io.IOException;
import java.nio.file.Path;
import org.mandategraph.document.SourceText;

/**
 * Refuses Word 97–2003 files ({@code .doc}) with the advice to save them as {@code .docx}: POI's reader for the old
 * binary format (HWPF) is a scratchpad module without footnote or numbering support worth relying on, and every
 * Word and LibreOffice converts the file in one step.
 */
public class DocReader implements DocumentReader {
    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOC;
    }

    @Override
    public boolean readsContent() {
        return false;
    }

    @Override
    public SourceText read(Path file, Decoding decoding) throws IOException {
        throw new UnreadableInputException(file.getFileName() + ": Word 97-2003 (.doc) is not read; convert it to .docx"
                + " (Word: Save As .docx; LibreOffice: soffice --headless --convert-to docx " + file.getFileName() + ")");
    }
}
