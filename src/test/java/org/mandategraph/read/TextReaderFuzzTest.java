package org.mandategraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.testing.Fragments;
import org.mandategraph.testing.Fuzz;

/**
 * Fuzzing the text and markdown readers and the whole path from a file: arbitrary bytes and damaged seed files give
 * a well-formed {@code SourceText} or an {@link UnreadableInputException} naming the file, never another exception.
 */
@Tag("fuzz")
class TextReaderFuzzTest {
    private static final Extractor EXTRACTOR = Extractor.standard();
    private static final byte[][] BOMS = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE},
            {(byte) 0xFE, (byte) 0xFF}};
    private final AtomicInteger n = new AtomicInteger();
    private final AtomicInteger documents = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    @TempDir
    Path dir;

    /** A file from these bytes, named {@code .txt} or {@code .md}. */
    private Path write(byte[] bytes, boolean markdown) throws Exception {
        Path p = dir.resolve("f" + n.incrementAndGet() + (markdown ? ".md" : ".txt"));
        Files.write(p, bytes);
        return p;
    }

    /** Read, then the whole extraction: a document or a refusal naming the file, nothing else. */
    private void readAndExtract(byte[] bytes, boolean markdown, boolean extract) throws Exception {
        Path p = write(bytes, markdown);
        ReadInvariants.readOrRefuse(p);
        if (extract) {
            try {
                AnnotatedDocument d = EXTRACTOR.extract(p);
                assertThat(d.document().paragraphs()).isNotEmpty();
                documents.incrementAndGet();
            } catch (UnreadableInputException e) {
                ReadInvariants.assertNamesFile(e, p);
                refused.incrementAndGet();
            }
        }
        Files.deleteIfExists(p);
    }

    @Test
    void arbitraryBytesAreReadOrRefused() {
        Fuzz.forAll("arbitrary bytes", TextReaderFuzzTest::randomBytes).tries(300)
                .shrinkWith(Fuzz::shrinkBytes).show(Fuzz::bytes)
                .check(b -> readAndExtract(b, b.length % 2 == 0, true));
    }

    @Test
    void damagedSeedFilesAreReadOrRefused() {
        List<Path> seeds = Fragments.seedFiles();
        Fuzz.forAll("damaged seed files", r -> mutate(r, read(Fragments.pick(r, seeds)))).tries(60)
                .shrinkWith(Fuzz::shrinkBytes).show(Fuzz::bytes)
                .check(b -> readAndExtract(b, b.length % 3 == 0, true));
        // the damage must leave many files readable, or the property would only test refusals
        assertThat(documents.get()).as("documents extracted (%d refused)", refused.get()).isGreaterThan(refused.get() / 4);
    }

    @Test
    void documentLikeTextIsReadOrRefused() {
        Fuzz.forAll("document-like text in any encoding", r -> encode(r, Fragments.document(r, r.nextBoolean())))
                .tries(150).shrinkWith(Fuzz::shrinkBytes).show(Fuzz::bytes)
                .check(b -> readAndExtract(b, b.length % 2 == 1, true));
        assertThat(documents.get()).as("documents extracted (%d refused)", refused.get()).isPositive();
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] randomBytes(Random r) {
        int len = r.nextInt(10) == 0 ? r.nextInt(20_000) : r.nextInt(300);
        byte[] b = new byte[len];
        switch (r.nextInt(4)) {
            case 0 -> r.nextBytes(b);
            case 1 -> {
                for (int i = 0; i < len; i++) {
                    b[i] = (byte) (0x20 + r.nextInt(0x60));
                }
            }
            case 2 -> {
                byte[] t = Fragments.junk(r, len).getBytes(StandardCharsets.UTF_8);
                return r.nextBoolean() ? withBom(r, t) : t;
            }
            default -> {
                r.nextBytes(b);
                return withBom(r, b);
            }
        }
        return b;
    }

    private static byte[] withBom(Random r, byte[] b) {
        byte[] bom = BOMS[r.nextInt(BOMS.length)];
        byte[] out = new byte[bom.length + b.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(b, 0, out, bom.length, b.length);
        return out;
    }

    /** The text in UTF-8, UTF-16 (with or without a BOM) or GB18030, sometimes damaged. */
    static byte[] encode(Random r, String text) {
        Charset[] cs = {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, CharsetDetector.GB18030};
        int k = r.nextInt(cs.length);
        byte[] b = text.getBytes(cs[k]);
        if (k == 1 || k == 2) {
            b = withBomOf(k == 1 ? BOMS[1] : BOMS[2], b);
        } else if (k == 0 && r.nextInt(3) == 0) {
            b = withBomOf(BOMS[0], b);
        }
        return r.nextInt(4) == 0 ? mutate(r, b) : b;
    }

    private static byte[] withBomOf(byte[] bom, byte[] b) {
        byte[] out = new byte[bom.length + b.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(b, 0, out, bom.length, b.length);
        return out;
    }

    /**
     * One to four kinds of damage: flipped bytes, a cut (mid-character too), inserted NULs, a byte-order mark added
     * or swapped, line endings changed or mixed, a very long line, form feeds, a repeated or deleted stretch.
     */
    static byte[] mutate(Random r, byte[] in) {
        byte[] b = in;
        int k = 1 + r.nextInt(4);
        for (int step = 0; step < k && b.length > 0; step++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = r.nextInt(b.length);
            switch (r.nextInt(9)) {
                case 0 -> {
                    b = b.clone();
                    for (int j = 0; j < 1 + r.nextInt(8); j++) {
                        b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                    }
                }
                case 1 -> b = java.util.Arrays.copyOf(b, at);
                case 2 -> {
                    out.write(b, 0, at);
                    out.write(0);
                    out.write(b, at, b.length - at);
                    b = out.toByteArray();
                }
                case 3 -> b = r.nextBoolean() ? withBom(r, b) : withBom(r, java.util.Arrays.copyOfRange(b, Math.min(b.length, 3), b.length));
                case 4 -> {
                    String eol = Fragments.pick(r, List.of("\r\n", "\r", "\n\r", "\u2028", "\u0085"));
                    for (byte x : b) {
                        if (x == '\n' && r.nextInt(3) > 0) {
                            out.writeBytes(eol.getBytes(StandardCharsets.UTF_8));
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
                    byte[] run = Fragments.pick(r, List.of("第1、", "resolution 1/1, ", "(a) ", "《公约》", "a", " ", "认识到"))
                            .getBytes(StandardCharsets.UTF_8);
                    for (int j = 0; j < 200 + r.nextInt(3000); j++) {
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
                default -> {
                    int to = Math.min(b.length, at + r.nextInt(400));
                    out.write(b, 0, r.nextBoolean() ? to : at);
                    if (r.nextBoolean()) {
                        out.write(b, at, to - at);
                    }
                    out.write(b, to, b.length - to);
                    b = out.toByteArray();
                }
            }
        }
        return b;
    }
}
