package org.mandategraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for {@code export}; filled in by its own change. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "(not yet available)")
public class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("mandategraph export: not yet available");
        return 1;
    }
}
