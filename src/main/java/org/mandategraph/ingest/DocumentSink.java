package org.mandategraph.ingest;

import java.nio.file.Path;

/**
 * Where the ingest driver delivers documents: a file writer, the store, a collecting list in tests. The driver
 * calls it from one thread, in input order, so an implementation needs no locking and its output is the same in
 * every run.
 */
public interface DocumentSink {
    /** One document, extracted and mapped. */
    void document(Extracted doc);

    /** Called once after the last document, before the driver returns. */
    default void finish() {
    }
}
