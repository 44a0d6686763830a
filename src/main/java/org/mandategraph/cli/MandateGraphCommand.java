package org.mandategraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code mandategraph} command: one subcommand per task, exit codes 0 (ok), 1 (some input failed), 2 (usage). */
@Command(name = "mandategraph", mixinStandardHelpOptions = true, versionProvider = MandateGraphCommand.Version.class,
        description = "Extracts mandates and citations from UN documents into RDF and serves them over SPARQL.",
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, QueryCommand.class,
                ExportCommand.class, ValidateCommand.class, CompactCommand.class, org.mandategraph.bench.BenchCommand.class, CommandLine.HelpCommand.class})
public class MandateGraphCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new MandateGraphCommand());
        cl.setExitCodeExceptionMapper(e -> 2);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Version from the jar manifest (set by the build). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = MandateGraphCommand.class.getPackage().getImplementationVersion();
            return new String[] {"mandategraph " + (v == null ? "development" : v),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
