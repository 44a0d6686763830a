package org.mandategraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.mandategraph.store.Store;
import picocli.CommandLine.Option;

/** {@code --store DIR}: the store folder, shared (as a picocli mixin) by every command that works on a store. */
public class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data", description = "store folder (default: ${DEFAULT-VALUE})")
    Path dir;

    /** Whether a store exists in DIR; if not, says so, naming the command and how to make one. */
    boolean exists(PrintWriter err, String command) {
        if (Store.exists(dir)) {
            return true;
        }
        err.println("mandategraph " + command + ": no store at " + dir + "; run 'mandategraph load --store " + dir
                + " INPUT...' first");
        err.flush();
        return false;
    }
}
