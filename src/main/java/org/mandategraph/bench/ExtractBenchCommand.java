package org.mandategraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.read.DocumentReaders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench extract}: in-process extraction alone over an existing corpus, without the rest of {@code bench run},
 * so a change to extraction can be timed (and profiled) in seconds: the same pass as {@code bench run}'s extraction
 * step, after a warm-up pass, repeated {@code --rounds} times.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Time in-process extraction (read, segment, annotate, map to RDF; quads counted, not written) over "
                + "a corpus folder, e.g. one written by `bench corpus`; prints MB/s of source per round.")
public class ExtractBenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", required = true, description = "folder of documents (read recursively)")
    Path corpus;

    @Option(names = "--threads", defaultValue = "1", description = "threads sharing one extractor (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--rounds", defaultValue = "3", description = "timed passes over the corpus (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--warmup", defaultValue = "1", description = "passes not timed, first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isDirectory(corpus)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no corpus folder " + corpus);
        }
        if (threads < 1 || rounds < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads and --rounds must be at least 1, --warmup at least 0");
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).filter(p -> DocumentReaders.forFile(p).isPresent()).sorted().toList();
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = Extractor.standard();
        for (int i = 0; i < warmup; i++) {
            Extraction.run(extractor, files, threads);
        }
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            Extraction e = Extraction.run(extractor, files, threads);
            best = Math.min(best, e.seconds());
            bestCpu = Math.min(bestCpu, e.cpuSeconds());
            err.printf(Locale.ROOT, "bench extract: round %d, %d documents, %.1f MB, %d threads: %.2f s, %.2f MB/s, %.2f MB/s per thread, "
                            + "%.2f CPU s, %.2f MB per CPU second, %.1f docs/s, %d quads, %d failed%n",
                    i + 1, files.size(), bytes / 1e6, threads, e.seconds(), bytes / 1e6 / e.seconds(), bytes / 1e6 / e.seconds() / threads,
                    e.cpuSeconds(), bytes / 1e6 / e.cpuSeconds(), files.size() / e.seconds(), e.quads(), e.failures());
            err.flush();
        }
        err.printf(Locale.ROOT, "bench extract: best %.2f s, %.2f MB/s; best %.2f CPU s, %.2f MB per CPU second%n", best, bytes / 1e6 / best,
                bestCpu, bytes / 1e6 / bestCpu);
        err.flush();
        return 0;
    }
}
