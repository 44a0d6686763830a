package org.mandategraph.rdf;

import java.util.List;

/**
 * The RDF serialisations {@code extract} and {@code export} write, by their short command-line names. Both pick the
 * writer for a name from RDF4J Rio's registry ({@code export.RdfExport#format}); this list only fixes the names.
 */
public final class RdfFormats {
    public static final List<String> NAMES = List.of("nt", "nq", "ttl", "trig", "jsonld", "rdfxml");

    private RdfFormats() {
    }
}
