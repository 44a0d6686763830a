package org.mandategraph.testing;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.ingest.BatchResult;

/** The seed corpus for tests: {@code seeds/} of the repository, extracted once per test JVM. */
public final class Seeds {
    public static final Path DIR = Path.of("seeds");
    private static BatchResult batch;

    private Seeds() {
    }

    public static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    public static Path file(String prefix) throws IOException {
        return files().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    /** All seeds extracted as one batch (one named graph per document). */
    public static synchronized BatchResult batch() throws IOException {
        if (batch == null) {
            StringWriter err = new StringWriter();
            batch = BatchResult.extract(Extractor.standard(), List.of(DIR), new PrintWriter(err));
            if (batch.failures() > 0) {
                throw new IllegalStateException("seeds failed to extract: " + err);
            }
        }
        return batch;
    }

    public static AnnotatedDocument document(String prefix) throws IOException {
        String name = file(prefix).getFileName().toString();
        return batch().documents().stream().filter(d -> d.document().source().fileName().equals(name))
                .findFirst().orElseThrow();
    }
}
