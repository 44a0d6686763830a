package org.mandategraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for {@code serve}; filled in by its own change. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "(not yet available)")
public class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("mandategraph serve: not yet available");
        return 1;
    }
}
