package org.mandategraph.read;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mandategraph.document.Diagnostic;
import org.mandategraph.document.Layout;
import org.mandategraph.document.Span;
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
    public SourceText read(Path file, Decoding decoding) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        if (bytes.length == 0) {
            throw new UnreadableInputException(name + ": empty file");
        }
        for (DocumentFormat f : DocumentFormat.KNOWN) {
            if (f.startsWithMagic(bytes)) {
                throw new UnreadableInputException(name + ": " + f.name() + " content (" + f.defaultMimeType()
                        + "), not a text document");
            }
        }
        CharsetDetector.Decoded d;
        List<Diagnostic> notes = List.of();
        try {
            d = CharsetDetector.decode(bytes);
        } catch (CharacterCodingException e) {
            Optional<CharsetDetector.Repaired> repaired = decoding == Decoding.REPAIR
                    ? CharsetDetector.repair(bytes) : Optional.empty();
            if (repaired.isEmpty()) {
                String where = CharsetDetector.whereUtf8Fails(bytes);
                throw new UnreadableInputException(name + ": not text in UTF-8, UTF-16 or GB18030"
                        + (where.isEmpty() ? "" : "; " + where)
                        + (decoding == Decoding.STRICT ? " (refused under --strict-decoding)" : ""));
            }
            CharsetDetector.Repaired r = repaired.get();
            d = r.decoded();
            int at = d.text().indexOf('\uFFFD');
            notes = List.of(new Diagnostic(Diagnostic.Severity.WARNING, name, at < 0 ? null : new Span(at, at + 1),
                    r.describe() + "; read on with U+FFFD in place of the bad bytes (--strict-decoding refuses such files)"));
        }
        String text = d.text();
        if (text.indexOf('\u0000') >= 0) {
            throw new UnreadableInputException(name + ": binary content (NUL characters), not a text document");
        }
        return new SourceText(name, text, d.charset(), format.name(), layout(text), notes);
    }

    /** The lines of the decoded text as this format prints them. */
    protected Layout layout(String text) {
        return TextLayout.ofText(text);
    }
}
