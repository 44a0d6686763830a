package org.mandategraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
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

    /** Opens the store that must already exist, or says in one line why not (none there, or in use) and returns null. */
    Store openExisting(PrintWriter err, String command) {
        return exists(err, command) ? open(err, command) : null;
    }

    /**
     * Opens the store for a command that loads into it. A store left incomplete by an interrupted bulk load held
     * no documents before that load (a bulk load starts only on such a store), so it is emptied and rebuilt from
     * this command's inputs, said in one line; if another process holds it (a bulk load still running), that is
     * said instead and nothing is touched.
     */
    Store openForLoad(PrintWriter err, String command) {
        boolean[] incomplete = {false};
        Store s = open(err, command, () -> {
            try {
                return Store.open(dir);
            } catch (Store.IncompleteStoreException e) {
                incomplete[0] = true; // and not held by another process: Store.open took the lock first
                return null;
            }
        });
        if (!incomplete[0]) {
            return s;
        }
        err.println("mandategraph " + command + ": the store at " + dir + " was left incomplete by an interrupted bulk "
                + "load; it held no documents before that load, so it is emptied and rebuilt from these inputs");
        err.flush();
        Store.discardIncomplete(dir);
        return open(err, command);
    }

    /** Opens the store, or says in one line why not (another process holds it) and returns null. */
    Store open(PrintWriter err, String command) {
        return open(err, command, () -> Store.open(dir));
    }

    /**
     * Runs an opener of the store's database, translating TDB2's process lock failure (a {@code serve} or another
     * command working on the same folder) into one line: its stack trace tells a user nothing, and the command
     * must stop before doing any work.
     */
    <T> T open(PrintWriter err, String command, Supplier<T> opener) {
        try {
            return opener.get();
        } catch (Store.IncompleteStoreException e) {
            err.println("mandategraph " + command + ": " + e.getMessage());
            err.flush();
            return null;
        } catch (RuntimeException e) {
            String held = lockHolder(e);
            if (held == null) {
                throw e;
            }
            err.println("mandategraph " + command + ": the store at " + dir + " is in use by another process" + held
                    + " (a running 'mandategraph serve'?); stop it, or use another --store");
            err.flush();
            return null;
        }
    }

    /** " (process N)" when the failure is TDB2's lock being held by another process, else null. */
    static String lockHolder(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.contains("Failed to get a lock")) {
                java.util.regex.Matcher pid = java.util.regex.Pattern.compile("held by process (\\d+)").matcher(m);
                return pid.find() ? " (process " + pid.group(1) + ")" : "";
            }
        }
        return null;
    }
}
