package org.mandategraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for {@code load}; filled in by its own change. */
@Command(name = "load", mixinStandardHelpOptions = true, description = "(not yet available)")
public class LoadCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("mandategraph load: not yet available");
        return 1;
    }
}
