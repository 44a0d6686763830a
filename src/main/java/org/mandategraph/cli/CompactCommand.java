package org.mandategraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.mandategraph.store.Store;
import picocli.CommandLine.Command;

/** {@code compact}: reclaims the space that replaced documents leave in the store. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact the store: rewrite the database without the superseded copies that reloads leave "
                + "behind and delete the old generation. A load compacts by itself after replacing a tenth of the "
                + "store; run this after many small reloads.")
public class CompactCommand extends ExistingStoreCommand {
    @Override
    int run(Store s, PrintWriter out, PrintWriter err) {
        long before = s.sizeOnDisk();
        long t0 = System.nanoTime();
        s.compact();
        out.println(String.format(Locale.ROOT, "compact: %d MB to %d MB, %.1f s", before >> 20,
                s.sizeOnDisk() >> 20, (System.nanoTime() - t0) / 1e9));
        return 0;
    }
}
