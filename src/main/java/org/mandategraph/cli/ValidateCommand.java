package org.mandategraph.cli;

import java.io.PrintWriter;
import org.apache.jena.shacl.ValidationReport;
import org.mandategraph.store.Store;
import org.mandategraph.store.StoreValidator;
import picocli.CommandLine.Command;

/** {@code validate}: SHACL validation of the store against {@code ontology/shapes.ttl}; exit 1 on violations. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the store (union of all graphs) against the SHACL shapes; exit 1 on violations.")
public class ValidateCommand extends ExistingStoreCommand {
    @Override
    int run(Store s, PrintWriter out, PrintWriter err) {
        ValidationReport report = StoreValidator.validate(s.datasetGraph());
        if (report.conforms()) {
            out.println("validate: the store conforms to the shapes");
            return 0;
        }
        StoreValidator.print(report, out);
        out.println("validate: " + report.getEntries().size() + " violations");
        return 1;
    }
}
