package org.mandategraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for {@code validate}; filled in by its own change. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "(not yet available)")
public class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("mandategraph validate: not yet available");
        return 1;
    }
}
