package org.mandategraph.store;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A counter per served dataset, raised after every write request the server answers. What the server computes
 * from the whole store (the VoID description, the graph projection, the default graph's dump) is cached under it:
 * the store is written only through the server while {@code serve} holds it (TDB2 locks it against other
 * processes), so an unchanged counter means unchanged data.
 */
public final class DataVersion {
    private static final Map<DatasetGraph, AtomicLong> VERSIONS = Collections.synchronizedMap(new WeakHashMap<>());

    private DataVersion() {
    }

    private static AtomicLong counter(DatasetGraph dsg) {
        return VERSIONS.computeIfAbsent(dsg, d -> new AtomicLong());
    }

    public static long get(DatasetGraph dsg) {
        return counter(dsg).get();
    }

    /** Call after writing to the dataset outside the server, so caches over it are rebuilt. */
    public static void changed(DatasetGraph dsg) {
        counter(dsg).incrementAndGet();
    }
}
