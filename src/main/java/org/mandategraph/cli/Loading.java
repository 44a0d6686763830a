package org.mandategraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.ingest.BatchResult;
import org.mandategraph.read.DocumentReaders;
import org.mandategraph.store.Store;

/** Reading and storing shared by {@code extract}, {@code load} and {@code serve}: a progress bar on a terminal, a one-line summary. */
final class Loading {
    private Loading() {
    }

    /** What a load did, for the summary line and the exit code. */
    record Outcome(int documents, long triples, int failures, double seconds) {
        String summary() {
            return String.format(java.util.Locale.ROOT, "%d documents, %d triples, %d failures, %.1f s",
                    documents, triples, failures, seconds);
        }
    }

    static Outcome load(Store store, List<Path> inputs, PrintWriter err) throws IOException {
        long t0 = System.nanoTime();
        BatchResult batch = read(Extractor.standard(), inputs, err);
        Store.LoadSummary s = store.load(batch, err);
        return new Outcome(s.documents(), s.triples(), batch.failures() + s.failures(), (System.nanoTime() - t0) / 1e9);
    }

    /** Reads a batch, with a progress bar when a person watches a terminal (never in pipes, logs or tests). */
    static BatchResult read(Extractor extractor, List<Path> inputs, PrintWriter err) throws IOException {
        if (System.console() == null) {
            return BatchResult.extract(extractor, inputs, err);
        }
        int total = DocumentReaders.expand(inputs.stream().filter(Files::exists).toList()).size();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Reading").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).clearDisplayOnFinish().build()) {
            return BatchResult.extract(extractor, inputs, err, f -> bar.step());
        }
    }
}
