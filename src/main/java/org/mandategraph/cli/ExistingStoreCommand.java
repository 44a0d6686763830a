package org.mandategraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.mandategraph.store.Store;
import picocli.CommandLine;

/**
 * A command that works on a store that must already exist ({@code --store DIR}): checks run first, then the store is
 * opened (or one line says why not: none there, or held by another process), the work runs, the store is closed.
 * Subclasses say only what is particular to them, so every such command fails the same way.
 */
abstract class ExistingStoreCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    StoreOption store;

    /** The command's name as the user typed it, for messages: the one its {@code @Command} declares. */
    final String name() {
        return spec.name();
    }

    /** Checks made before the store is opened (arguments, files); false after saying why, in one line. */
    boolean ready(PrintWriter err) {
        return true;
    }

    /** The work, on the opened store; returns the exit code. */
    abstract int run(Store s, PrintWriter out, PrintWriter err);

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!ready(err)) {
                return 1;
            }
            Store opened = store.openExisting(err, name());
            if (opened == null) {
                return 1;
            }
            try (Store s = opened) {
                return run(s, out, err);
            }
        } finally {
            out.flush();
            err.flush();
        }
    }
}
