package org.mandategraph.read;

import java.io.IOException;
import java.nio.file.Path;
import org.mandategraph.document.SourceText;

/**
 * Turns one input file into decoded text and its {@link org.mandategraph.document.Layout}. Implementations are
 * found through {@link java.util.ServiceLoader} (as Rio's parsers are), so PDF and Word readers can be added
 * without touching callers; {@link DocumentReaders} picks one by the file's sniffed {@link DocumentFormat}.
 *
 * <p>An implementation must decode without guessing from the file name alone; must return a {@code SourceText}
 * whose layout has one line per printed line, in reading order, each span pointing into the returned text, with
 * the format's markup removed from the line's words and footnote markers given as {@code MarkerRun}s (never
 * in-band); and must throw {@link UnreadableInputException} with a message naming the problem when the bytes
 * cannot be read as its format.
 */
public interface DocumentReader {
    DocumentFormat format();

    /** Reads the file with the default {@link Decoding#REPAIR}. */
    default SourceText read(Path file) throws IOException {
        return read(file, Decoding.REPAIR);
    }

    /**
     * Reads the file; {@code decoding} says what to do with bytes that do not decode, for formats whose bytes are
     * text (binary formats carry their own encoding and ignore it).
     */
    SourceText read(Path file, Decoding decoding) throws IOException;

    /**
     * False for a reader installed only to recognise its format and refuse every file of it with advice (a
     * {@code .doc}: save it as {@code .docx}); such a format is not listed among the supported ones, but its files
     * are still taken from folders so each gets its one line of advice.
     */
    default boolean readsContent() {
        return true;
    }
}
