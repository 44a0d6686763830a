package org.mandategraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mandategraph.ingest.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench corpus}: N documents recombined from the seeds, deterministically. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Write N documents recombined from the seed documents (fresh symbols, sessions, dates, paragraph "
                + "numbers; the seeds' noise kept). The same --seed gives byte-identical files.")
public class CorpusCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--docs", defaultValue = "1000", description = "number of documents (default: ${DEFAULT-VALUE})")
    int docs;

    @Option(names = "--out", required = true, description = "output folder (created; existing generated files are overwritten)")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--seeds", defaultValue = "seeds", description = "folder of seed documents (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Override
    public Integer call() throws IOException {
        if (docs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--docs must be at least 1");
        }
        if (!Files.isDirectory(seeds)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no seed folder " + seeds + "; give --seeds DIR");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<CorpusGenerator.Generated> g = CorpusGenerator.fromSeeds(seeds, Extractor.standard()).generate(docs, seed, out);
        List<Path> files = g.stream().map(CorpusGenerator.Generated::file).toList();
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        err.printf(Locale.ROOT, "bench corpus: %d documents, %.1f MB, seed %d, sha256 %s, in %s%n", files.size(), bytes / 1e6,
                seed, CorpusGenerator.fingerprint(files), out);
        err.flush();
        return 0;
    }
}
