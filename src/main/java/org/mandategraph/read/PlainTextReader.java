package org.mandategraph.read;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mandategraph.document.Layout;
import org.mandategraph.document.SourceText;

/**
 * Reads plain text files ({@code .txt}): decodes them and lays them out line by line ({@link TextLayout}). A text
 * file whose lines carry markdown markup, as PDF-to-markdown tools write, is laid out as markdown.
 */
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
            String where = CharsetDetector.whereUtf8Fails(bytes);
            throw new UnreadableInputException(file.getFileName() + ": not text in UTF-8, UTF-16 or GB18030"
                    + (where.isEmpty() ? "" : "; " + where));
        }
        String text = d.text();
        if (text.indexOf('\u0000') >= 0) {
            throw new UnreadableInputException(file.getFileName() + ": binary content (NUL characters), not a text document");
        }
        return new SourceText(file.getFileName().toString(), text, d.charset(), format.name(), layout(text));
    }

    /** The lines of the decoded text as this format prints them. */
    protected Layout layout(String text) {
        return TextLayout.ofText(text);
    }
}
