package org.mandategraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.document.Diagnostic;
import org.mandategraph.document.SourceText;
import org.mandategraph.ingest.Extractor;

/**
 * A file cut mid-character or with a few damaged bytes (issue 11, point 5): by default it is read on with U+FFFD in
 * place of the bad bytes and one warning naming the file and the first bad byte; under {@link Decoding#STRICT} it is
 * refused in one line saying the same; text that is mostly undecodable is refused either way.
 */
class DamagedTextTest {
    static final Path SEED = Path.of("seeds/000_eea1a508a6c70b7c.txt");

    @TempDir
    Path tmp;

    static String seedText() throws Exception {
        return Files.readString(SEED, StandardCharsets.UTF_8);
    }

    /**
     * The seed's UTF-8 bytes with the last byte of three characters in its middle overwritten by an ASCII letter:
     * each such character becomes one bad sequence (its first two bytes) and the letter.
     */
    static byte[] garbledInTheMiddle(byte[] utf8) {
        byte[] b = utf8.clone();
        int n = 0;
        for (int i = b.length / 2; i < b.length && n < 3; i++) {
            if ((b[i] & 0xF0) == 0xE0) { // the lead byte of a three-byte (CJK) character
                b[i + 2] = (byte) 0x41;
                n++;
                i += 2;
            }
        }
        return b;
    }

    @Test
    void aCutFileIsRepairedAtItsEnd() throws Exception {
        byte[] utf8 = seedText().getBytes(StandardCharsets.UTF_8);
        int lastLead = utf8.length - 1;
        while ((utf8[lastLead] & 0xC0) == 0x80) {
            lastLead--;
        }
        assertThat(utf8.length - lastLead).as("the seed ends in a multibyte character").isGreaterThan(1);
        byte[] cut = Arrays.copyOf(utf8, utf8.length - 1);

        CharsetDetector.Repaired r = CharsetDetector.repair(cut).orElseThrow();
        assertThat(r.decoded().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(r.badSequences()).isEqualTo(1);
        assertThat(r.firstBadByte()).isEqualTo(lastLead);
        assertThat(r.atEnd()).isTrue();
        String intact = seedText();
        assertThat(r.decoded().text()).isEqualTo(intact.substring(0, intact.length() - 1) + "\uFFFD");
    }

    @Test
    void bytesGarbledInTheMiddleAreReplacedOneByOne() throws Exception {
        byte[] utf8 = seedText().getBytes(StandardCharsets.UTF_8);
        byte[] bad = garbledInTheMiddle(utf8);
        CharsetDetector.Repaired r = CharsetDetector.repair(bad).orElseThrow();
        assertThat(r.decoded().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(r.badSequences()).isEqualTo(3);
        assertThat(r.atEnd()).isFalse();
        assertThat(r.firstBadByte()).isGreaterThanOrEqualTo(utf8.length / 2);
        assertThat(r.decoded().text().chars().filter(c -> c == 0xFFFD).count()).isEqualTo(3);
        // the text around the damage is intact: same length in characters, the rest of the seed unchanged
        assertThat(r.decoded().text().length()).isEqualTo(seedText().length() + 3);
    }

    @Test
    void aDamagedGb18030FileStaysGb18030() throws Exception {
        byte[] gb = seedText().getBytes(CharsetDetector.GB18030);
        int i = gb.length / 2;
        while ((gb[i] & 0x80) == 0) {
            i++;
        }
        gb[i + 1] = 0x20; // a lead byte followed by a space: malformed in GB18030
        CharsetDetector.Repaired r = CharsetDetector.repair(gb).orElseThrow();
        assertThat(r.decoded().charset()).isEqualTo(CharsetDetector.GB18030);
        assertThat(r.badSequences()).isEqualTo(1);
        assertThat(r.decoded().text()).contains("\uFFFD").contains("大会");
    }

    @Test
    void noiseIsNotRepairedIntoText() {
        byte[] noise = new byte[10_000];
        new Random(11).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            noise[i] |= (byte) 0x80;
        }
        assertThat(CharsetDetector.repair(noise)).isEmpty();
    }

    @Test
    void theReaderReadsOnAndWarnsByDefaultAndRefusesWhenStrict() throws Exception {
        byte[] utf8 = seedText().getBytes(StandardCharsets.UTF_8);
        Path f = Files.write(tmp.resolve("cut.txt"), Arrays.copyOf(utf8, utf8.length - 1));

        SourceText read = new PlainTextReader().read(f);
        assertThat(read.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.file()).isEqualTo("cut.txt");
            assertThat(d.message()).contains("from byte ").contains("cut mid-character").contains("U+FFFD");
            assertThat(read.text().charAt(d.span().start())).isEqualTo('\uFFFD');
        });

        assertThatThrownBy(() -> new MarkdownReader().read(f, Decoding.STRICT))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("cut.txt").hasMessageContaining("from byte ")
                .hasMessageContaining("cut mid-character").hasMessageContaining("--strict-decoding");
    }

    @Test
    void aRepairedDocumentKeepsItsMandatesAndCarriesTheWarning() throws Exception {
        Extractor x = Extractor.standard();
        AnnotatedDocument intact = x.extract(SEED);
        Path f = Files.write(tmp.resolve("garbled.txt"), garbledInTheMiddle(seedText().getBytes(StandardCharsets.UTF_8)));
        AnnotatedDocument damaged = x.extract(f);

        assertThat(damaged.document().diagnostics()).anySatisfy(d ->
                assertThat(d.message()).contains("3 bad sequences").contains("U+FFFD"));
        assertThat(damaged.document().paragraphs()).hasSameSizeAs(intact.document().paragraphs());
        assertThat(damaged.iri()).isEqualTo(intact.iri());
        assertThat(damaged.mandates().size()).isGreaterThanOrEqualTo(intact.mandates().size() - 3);

        assertThatThrownBy(() -> Extractor.standard(Decoding.STRICT).extract(f))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("garbled.txt");
    }
}
