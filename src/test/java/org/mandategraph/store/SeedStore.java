package org.mandategraph.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.ingest.BatchResult;

/** One store over {@code seeds/}, built once per test JVM (loading takes seconds) and shared read-only by tests. */
public final class SeedStore {
    public static final Path SEEDS = Path.of("seeds");
    private static Store store;
    private static Path dir;

    private SeedStore() {
    }

    public static synchronized Store get() {
        if (store == null) {
            try {
                dir = Files.createTempDirectory("mg-seed-store");
                Store s = Store.open(dir);
                StringWriter err = new StringWriter();
                BatchResult batch = BatchResult.extract(Extractor.standard(), List.of(SEEDS), new PrintWriter(err));
                Store.LoadSummary summary = s.load(batch, new PrintWriter(err));
                if (batch.failures() + summary.failures() > 0) {
                    throw new IllegalStateException("seeds failed to load: " + err);
                }
                store = s;
                Runtime.getRuntime().addShutdownHook(new Thread(s::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    public static Path directory() {
        get();
        return dir;
    }
}
