package org.mandategraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.mandategraph.store.Store;
import org.mandategraph.store.StoreValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code validate}: SHACL validation of the store against {@code ontology/shapes.ttl}; exit 1 on violations. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the store (union of all graphs) against the SHACL shapes; exit 1 on violations.")
public class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Store opened = store.openExisting(spec.commandLine().getErr(), "validate");
        if (opened == null) {
            return 1;
        }
        try (Store s = opened) {
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
