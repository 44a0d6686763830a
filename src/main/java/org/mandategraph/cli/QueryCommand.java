package org.mandategraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for {@code query}; filled in by its own change. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "(not yet available)")
public class QueryCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("mandategraph query: not yet available");
        return 1;
    }
}
