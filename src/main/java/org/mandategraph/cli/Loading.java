package org.mandategraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.mandategraph.ingest.DocumentSink;
import org.mandategraph.ingest.Ingest;
import org.mandategraph.read.Decoding;
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

    static Outcome load(Store store, List<Path> inputs, PrintWriter err, Decoding decoding) {
        long t0 = System.nanoTime();
        Store.Loader loader = store.loader(err);
        Ingest.Summary s = run(Ingest.standard(decoding), inputs, loader, err);
        Store.LoadSummary stored = loader.summary();
        return new Outcome(stored.documents(), stored.triples(), s.failures() + stored.failures(),
                (System.nanoTime() - t0) / 1e9);
    }

    /** Runs the inputs into a sink, with a progress bar when a person watches a terminal (never in pipes, logs or tests). */
    static Ingest.Summary run(Ingest ingest, List<Path> inputs, DocumentSink sink, PrintWriter err) {
        if (System.console() == null) {
            return ingest.run(inputs, sink, err, f -> { });
        }
        int total = Ingest.files(inputs, new ArrayList<>()).size();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Reading").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" docs", 1).clearDisplayOnFinish().build()) {
            Consumer<Path> step = f -> bar.step();
            return ingest.run(inputs, sink, err, step);
        }
    }
}
