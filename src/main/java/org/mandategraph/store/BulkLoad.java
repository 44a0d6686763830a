package org.mandategraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * TDB2's phased bulk loader (the one {@code tdb2.tdbloader} runs by default) fed with quads as documents are
 * extracted: quads go to the node table and the primary index on the loader's own threads, the other indexes are
 * built from the primary one at the end. That is several times cheaper than adding quads one by one through
 * transactions, but the loader writes each index in its own transaction, so a crash part-way leaves a database
 * that is not the state of any commit.
 *
 * <p>So the bulk path is taken only for a store that holds no documents yet, and it is bracketed by a marker file
 * ({@value #MARKER}), written and synced before the first quad and removed only once the database, the text index,
 * the derived links and the statistics are all complete. A store with the marker is not opened
 * ({@link Store.IncompleteStoreException}): {@code load} rebuilds it (it held only reference data before the
 * interrupted load), every other command refuses it in one line. Never silently half-loaded.
 */
final class BulkLoad {
    /** The marker of a bulk load under way or interrupted, in the store's folder. */
    static final String MARKER = "bulk-load.incomplete";

    private final Path marker;
    private final DataLoader loader;
    private final StreamRDF stream;
    private long quads;
    private boolean finished;

    private BulkLoad(Path marker, DataLoader loader) {
        this.marker = marker;
        this.loader = loader;
        this.stream = loader.stream();
    }

    /** Writes the marker (synced) and starts the loader, which locks every transaction out of {@code tdb} until {@link #finish}. */
    static BulkLoad start(Path storeDir, DatasetGraph tdb) {
        Path marker = storeDir.resolve(MARKER);
        writeSynced(marker, "A bulk load into this store started and has not completed. Until it does, the store holds "
                + "part of the documents and is not opened; 'mandategraph load' rebuilds it.\n");
        DataLoader loader = LoaderFactory.phasedLoader(tdb, (fmt, args) -> { });
        loader.startBulk();
        return new BulkLoad(marker, loader);
    }

    void add(Quad q) {
        stream.quad(q);
        quads++;
    }

    /** Quads handed to the loader. */
    long quads() {
        return quads;
    }

    /** Ends the data and builds the secondary indexes; transactions may run again afterwards. The marker stays. */
    void finish() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    /** After a failure: releases the loader's lock on the database; the marker stays, the store is known incomplete. */
    void abandon(Exception cause) {
        if (!finished) {
            finished = true;
            loader.finishException(cause);
        }
    }

    /** Everything of the load is stored and committed: removes the marker. */
    void complete() {
        try {
            Files.deleteIfExists(marker);
            syncDirectory(marker.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + marker + ": " + e.getMessage(), e);
        }
    }

    /** Whether a bulk load into the store in {@code dir} was interrupted. */
    static boolean interrupted(Path dir) {
        return Files.exists(dir.resolve(MARKER));
    }

    private static void writeSynced(Path f, String text) {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + f + ": " + e.getMessage(), e);
        }
        syncDirectory(f.getParent());
    }

    /** Makes a file's creation or removal durable (a no-op where a directory cannot be opened for sync). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // not every platform syncs a directory; the file itself was synced
        }
    }
}
