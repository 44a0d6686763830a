package org.mandategraph.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Adds endpoints to the embedded Fuseki server before it starts (linked-data pages, the web page, the JSON-LD
 * context). Implementations are found with {@link java.util.ServiceLoader}; an implementation must register
 * only read-only handlers and must not assume any other extension is present.
 */
public interface ServerExtension {
    void register(FusekiServer.Builder builder, DatasetGraph dataset);
}
