package org.mandategraph.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bench}: the benchmark harness (a generated corpus and the end-to-end run); JMH lives in the {@code bench} profile. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: generate a corpus from the seeds, or run the end-to-end benchmark and write docs/BENCHMARKS.md.",
        subcommands = {CorpusCommand.class, RunCommand.class, ExtractBenchCommand.class, QueriesCommand.class,
                CommandLine.HelpCommand.class})
public class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: corpus, run, extract or queries");
    }
}
