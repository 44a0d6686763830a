package org.mandategraph.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mandategraph.document.SourceText;

/**
 * The test inputs the build writes for itself: each seed (and a few English documents) as a UN-style PDF and as
 * DOCX, from the layout the text reader gives for it, into {@code target/generated-inputs/}; written once per run.
 */
final class GeneratedInputs {
    static final Path DIR = Path.of("target/generated-inputs");
    static final Path SEEDS = Path.of("seeds");
    /** English documents of the test corpus written the same way. */
    static final List<Path> ENGLISH = List.of(Path.of("src/test/resources/corpus-en/A_RES_80_1.md"),
            Path.of("src/test/resources/corpus-en/A_RES_80_10.md"), Path.of("src/test/resources/corpus-en/A_RES_80_12.md"));

    private GeneratedInputs() {
    }

    static List<Path> seeds() throws IOException {
        try (var s = Files.list(SEEDS)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static String stem(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    static SourceText text(Path source) throws IOException {
        return DocumentReaders.forFile(source).orElseThrow().read(source);
    }

    /** The source written as a PDF in {@code dir} (by default the generated inputs' folder), once. */
    static synchronized Path pdf(Path source, Path dir) throws IOException {
        Path out = dir.resolve(stem(source) + ".pdf");
        if (!Files.exists(out) || Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(source)) < 0) {
            Files.createDirectories(dir);
            String job = String.format(Locale.ROOT, "%02d-%05d", 11 + Math.floorMod(stem(source).hashCode(), 9),
                    Math.floorMod(stem(source).hashCode(), 100000));
            UnPdfWriter.write(text(source).layout().lines(), symbolOf(text(source).text()), job, out.toFile());
        }
        return out;
    }

    static Path pdf(Path source) throws IOException {
        return pdf(source, DIR.resolve("pdf"));
    }

    /** The source written as a Word file in {@code dir}, once. */
    static synchronized Path docx(Path source, Path dir) throws IOException {
        Path out = dir.resolve(stem(source) + ".docx");
        if (!Files.exists(out) || Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(source)) < 0) {
            Files.createDirectories(dir);
            UnDocxWriter.write(text(source).layout().lines(), out);
        }
        return out;
    }

    static Path docx(Path source) throws IOException {
        return docx(source, DIR.resolve("docx"));
    }

    /** A symbol for the running heads, from the resolution number the text prints ({@code 66/177.} → A/RES/66/177). */
    static String symbolOf(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\W*(\\d{2})/(\\d{1,3})\\.").matcher(text);
        return m.find() ? "A/RES/" + m.group(1) + "/" + m.group(2) : null;
    }

    static List<Path> all(java.util.function.Function<Path, Path> write, List<Path> sources) {
        List<Path> out = new ArrayList<>();
        sources.forEach(s -> out.add(write.apply(s)));
        return out;
    }
}
