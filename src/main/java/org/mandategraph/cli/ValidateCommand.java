package org.mandategraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.mandategraph.store.Store;
import org.mandategraph.store.StoreValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code validate}: SHACL validation of the store against {@code ontology/shapes.ttl}; exit 1 on violations. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the store (union of all graphs) against the SHACL shapes; exit 1 on violations.")
public class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data", description = "store folder (default: ${DEFAULT-VALUE})")
    Path store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(store.resolve("tdb2"))) {
            spec.commandLine().getErr().println("mandategraph validate: no store at " + store + " (run load first)");
            spec.commandLine().getErr().flush();
            return 1;
        }
        try (Store s = Store.open(store)) {
            ValidationReport report = StoreValidator.validate(s.datasetGraph());
            if (report.conforms()) {
                out.println("validate: the store conforms to the shapes");
                out.flush();
                return 0;
            }
            StoreValidator.print(report, out);
            out.println("validate: " + report.getEntries().size() + " violations");
            out.flush();
            return 1;
        }
    }
}
