package org.mandategraph.read;

import java.io.IOException;
import java.nio.file.Path;
import org.mandategraph.document.SourceText;

/**
 * Turns one input file into decoded text. Implementations are found through {@link java.util.ServiceLoader}
 * (as Rio's parsers are), so PDF and Word readers can be added without touching callers. An implementation
 * must decode without guessing from the file name alone and must throw {@link UnreadableInputException}
 * with a message naming the problem when the bytes cannot be read as its format.
 */
public interface DocumentReader {
    DocumentFormat format();

    SourceText read(Path file) throws IOException;
}
