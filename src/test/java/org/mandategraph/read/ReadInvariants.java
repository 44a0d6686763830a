package org.mandategraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.mandategraph.document.Layout;
import org.mandategraph.document.MarkerRun;
import org.mandategraph.document.SourceLine;
import org.mandategraph.document.SourceText;

/** What every reader promises of what it returns, and of how it refuses; shared by the fuzz tests. */
public final class ReadInvariants {
    private ReadInvariants() {
    }

    /** A sentinel of the cleaner's in-band markers ({@code U+E000}–{@code U+E005}). */
    public static boolean sentinel(char c) {
        return c >= TextCleaner.MARK_OPEN && c <= TextCleaner.REF_CLOSE;
    }

    /**
     * The reader's product is well formed: a layout whose line spans lie inside the text, in reading order, with
     * pages counted from 1 upwards, words free of marker sentinels and markers inside the words.
     */
    public static void assertWellFormed(SourceText src, String fileName) {
        assertThat(src.fileName()).isEqualTo(fileName);
        assertThat(src.text()).isNotNull();
        Layout layout = src.layout();
        assertThat(layout).as("layout").isNotNull();
        int previousStart = 0;
        int previousPage = 1;
        for (SourceLine l : layout.lines()) {
            assertThat(l.span().start()).as("line start of %s", l).isBetween(0, src.text().length());
            assertThat(l.span().end()).as("line end of %s", l).isBetween(l.span().start(), src.text().length());
            assertThat(l.span().start()).as("lines in order: %s", l).isGreaterThanOrEqualTo(previousStart);
            assertThat(l.page()).as("pages in order: %s", l).isGreaterThanOrEqualTo(previousPage);
            previousStart = l.span().start();
            previousPage = l.page();
            for (char c : l.text().toCharArray()) {
                assertThat(sentinel(c)).as("marker sentinel U+%04X in the words of %s", (int) c, l).isFalse();
            }
            int at = 0;
            for (MarkerRun m : l.markers()) {
                assertThat(m.at()).as("markers in order in %s", l).isBetween(at, l.text().length());
                at = m.at();
                assertThat(m.label()).as("marker label in %s", l).isNotEmpty();
            }
        }
    }

    /**
     * A refusal names the file and says something more, and is no crash: the extractor wraps an exception the
     * segmenter threw as "cannot segment document", which is a fault in the segmenter, not in the input.
     */
    public static void assertNamesFile(UnreadableInputException e, Path file) {
        assertThat(e.getMessage()).as("refusal message").startsWith(file.getFileName().toString() + ":");
        assertThat(e.getMessage().length()).isGreaterThan(file.getFileName().toString().length() + 3);
        if (e.getMessage().contains("cannot segment document")) {
            throw new AssertionError("the segmenter crashed: " + e.getMessage(), e.getCause() != null ? e.getCause() : e);
        }
    }

    /** Reads {@code file} with the reader its content and name choose: well-formed text, or a refusal naming it. */
    public static void readOrRefuse(Path file) throws IOException {
        DocumentReader reader = DocumentReaders.forFile(file).orElse(null);
        if (reader == null) {
            return;
        }
        try {
            assertWellFormed(reader.read(file), file.getFileName().toString());
        } catch (UnreadableInputException e) {
            assertNamesFile(e, file);
        }
    }
}
