package org.mandategraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterProperty;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.testing.Fragments;
import org.mandategraph.testing.FuzzRun;

/**
 * Fuzzing the text and markdown readers and the whole path from a file: arbitrary bytes, document-like text in any
 * encoding and damaged seed files give a well-formed {@code SourceText} and a document, or an
 * {@link UnreadableInputException} naming the file, never another exception.
 */
@AddLifecycleHook(FuzzRun.class)
class TextReaderFuzzTest {
    private static final Extractor EXTRACTOR = Extractor.standard();
    private static final byte[][] BOMS = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE},
            {(byte) 0xFE, (byte) 0xFF}};
    private static final Charset[] ENCODINGS = {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE, CharsetDetector.GB18030};
    private static final Path DIR = tempDir();
    private static final AtomicInteger FILES = new AtomicInteger();
    private final AtomicInteger documents = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    /**
     * Whether the property must extract some documents, not only refuse (document-like text is often too short for
     * a paragraph, damage often leaves bytes no encoding reads), so that it does not test refusals alone.
     */
    private volatile boolean someDocuments;

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("mg-fuzz-read");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void removeDir() throws IOException {
        Files.deleteIfExists(DIR);
    }

    /** Read, then the whole extraction: a document or a refusal naming the file, nothing else. */
    private void readAndExtract(byte[] bytes, boolean markdown) throws Exception {
        Path p = DIR.resolve("f" + FILES.incrementAndGet() + (markdown ? ".md" : ".txt"));
        Files.write(p, bytes);
        try {
            ReadInvariants.readOrRefuse(p);
            AnnotatedDocument d = EXTRACTOR.extract(p);
            assertThat(d.document().paragraphs()).isNotEmpty();
            documents.incrementAndGet();
        } catch (UnreadableInputException e) {
            ReadInvariants.assertNamesFile(e, p);
            refused.incrementAndGet();
        } finally {
            Files.deleteIfExists(p);
        }
    }

    @AfterProperty
    void someDocumentsWereExtracted() {
        if (someDocuments) {
            assertThat(documents.get()).as("documents extracted (%d refused)", refused.get())
                    .isPositive();
        }
    }

    @Provide
    Arbitrary<byte[]> arbitraryBytes() {
        Arbitrary<byte[]> any = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(20_000)));
        Arbitrary<byte[]> ascii = Arbitraries.strings().ascii().ofMaxLength(300).map(s -> s.getBytes(StandardCharsets.US_ASCII));
        Arbitrary<byte[]> junk = Fragments.junk(300).map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> withBom = Combinators.combine(Arbitraries.integers().between(0, BOMS.length - 1),
                Arbitraries.oneOf(any, junk)).as((i, b) -> concat(BOMS[i], b));
        return Arbitraries.oneOf(any, ascii, junk, withBom);
    }

    @Property(tries = 300)
    void arbitraryBytesAreReadOrRefused(@ForAll("arbitraryBytes") byte[] b, @ForAll boolean markdown) throws Exception {
        readAndExtract(b, markdown);
    }

    /** The text in UTF-8 (with or without a BOM), UTF-16 with its BOM, or GB18030, then damaged. */
    @Provide
    Arbitrary<byte[]> documentLikeText() {
        return Combinators.combine(Fragments.documents(), Arbitraries.integers().between(0, ENCODINGS.length - 1),
                Arbitraries.of(true, false), Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.<Damage>of())),
                        Tuple.of(1, damages(1, 3)))).as((text, k, bom, damage) -> {
                    byte[] b = text.getBytes(ENCODINGS[k]);
                    if (k == 1 || k == 2) {
                        b = concat(BOMS[k], b);
                    } else if (k == 0 && bom) {
                        b = concat(BOMS[0], b);
                    }
                    return damage(b, damage);
                });
    }

    @Property(tries = 150)
    void documentLikeTextIsReadOrRefused(@ForAll("documentLikeText") byte[] b, @ForAll boolean markdown) throws Exception {
        someDocuments = true;
        readAndExtract(b, markdown);
    }

    @Provide
    Arbitrary<byte[]> damagedSeedFiles() {
        List<byte[]> seeds = Fragments.seedFiles().stream().map(TextReaderFuzzTest::read).toList();
        return Combinators.combine(Arbitraries.of(seeds), damages(1, 4)).as(TextReaderFuzzTest::damage);
    }

    @Property(tries = 30)
    void damagedSeedFilesAreReadOrRefused(@ForAll("damagedSeedFiles") byte[] b, @ForAll boolean markdown) throws Exception {
        someDocuments = true;
        readAndExtract(b, markdown);
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * One kind of damage at a place (a number taken modulo the length) with an argument: flipped bits, a cut
     * (mid-character too), an inserted NUL, a byte-order mark added or swapped, line endings changed or mixed, line
     * breaks removed, a long run of one citation piece, a form feed, a stretch repeated or deleted. Shrinks towards
     * fewer, earlier and simpler damage.
     */
    record Damage(int kind, int at, int arg) {
    }

    static Arbitrary<List<Damage>> damages(int min, int max) {
        return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().greaterOrEqual(0),
                Arbitraries.integers().between(0, 3_000)).as(Damage::new).list().ofMinSize(min).ofMaxSize(max);
    }

    private static final List<String> EOLS = List.of("\r\n", "\r", "\n\r", "\u2028", "\u0085");
    private static final List<String> RUNS = List.of("第1、", "resolution 1/1, ", "(a) ", "《公约》", "a", " ", "认识到");

    static byte[] damage(byte[] in, List<Damage> damages) {
        byte[] b = in;
        for (Damage d : damages) {
            if (b.length == 0) {
                break;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = Math.floorMod(d.at(), b.length);
            switch (d.kind()) {
                case 0 -> {
                    b = b.clone();
                    b[at] ^= (byte) (1 << (d.arg() % 8));
                }
                case 1 -> b = Arrays.copyOf(b, at);
                case 2 -> {
                    out.write(b, 0, at);
                    out.write(0);
                    out.write(b, at, b.length - at);
                    b = out.toByteArray();
                }
                case 3 -> b = concat(BOMS[d.arg() % BOMS.length], d.arg() % 2 == 0 ? b : Arrays.copyOfRange(b, Math.min(b.length, 3), b.length));
                case 4 -> {
                    byte[] eol = EOLS.get(d.arg() % EOLS.size()).getBytes(StandardCharsets.UTF_8);
                    for (byte x : b) {
                        if (x == '\n') {
                            out.writeBytes(eol);
                        } else {
                            out.write(x);
                        }
                    }
                    b = out.toByteArray();
                }
                case 5 -> {
                    for (byte x : b) {
                        if (x != '\n' && x != '\r') {
                            out.write(x);
                        }
                    }
                    b = out.toByteArray();
                }
                case 6 -> {
                    out.write(b, 0, at);
                    byte[] run = RUNS.get(d.arg() % RUNS.size()).getBytes(StandardCharsets.UTF_8);
                    for (int j = 0; j < 200 + d.arg(); j++) {
                        out.writeBytes(run);
                    }
                    out.write(b, at, b.length - at);
                    b = out.toByteArray();
                }
                case 7 -> {
                    out.write(b, 0, at);
                    out.write('\f');
                    out.write(b, at, b.length - at);
                    b = out.toByteArray();
                }
                case 8 -> {
                    int to = Math.min(b.length, at + d.arg() % 400);
                    out.write(b, 0, to);
                    out.write(b, at, to - at);
                    out.write(b, to, b.length - to);
                    b = out.toByteArray();
                }
                default -> {
                    int to = Math.min(b.length, at + d.arg() % 400);
                    out.write(b, 0, at);
                    out.write(b, to, b.length - to);
                    b = out.toByteArray();
                }
            }
        }
        return b;
    }
}
