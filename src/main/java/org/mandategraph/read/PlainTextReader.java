package org.mandategraph.read;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mandategraph.document.SourceText;

/** Reads {@code .txt} and {@code .md} files; markdown markup is removed later by the cleaner, not here. */
public class PlainTextReader implements DocumentReader {
    private final DocumentFormat format;

    public PlainTextReader() {
        this(DocumentFormat.TEXT);
    }

    protected PlainTextReader(DocumentFormat format) {
        this.format = format;
    }

    @Override
    public DocumentFormat format() {
        return format;
    }

    @Override
    public SourceText read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            throw new UnreadableInputException(file.getFileName() + ": empty file");
        }
        for (DocumentFormat f : DocumentFormat.KNOWN) {
            if (f.startsWithMagic(bytes)) {
                throw new UnreadableInputException(file.getFileName() + ": " + f.name() + " content (" + f.defaultMimeType()
                        + "), not a text document");
            }
        }
        CharsetDetector.Decoded d;
        try {
            d = CharsetDetector.decode(bytes);
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException(file.getFileName() + ": not text in UTF-8, UTF-16 or GB18030");
        }
        String text = d.text();
        if (text.indexOf('\u0000') >= 0) {
            throw new UnreadableInputException(file.getFileName() + ": binary content (NUL characters), not a text document");
        }
        return new SourceText(file.getFileName().toString(), text, d.charset(), format.name());
    }

    /** The markdown variant: same decoding, its own format name. */
    public static class Markdown extends PlainTextReader {
        public Markdown() {
            super(DocumentFormat.MARKDOWN);
        }
    }
}
