package org.mandategraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.mandategraph.rdf.RdfFormats;

/** The one entry point of {@code export}: an RDF format from Rio's registry, or a graph format of the projection. */
public final class Exports {
    private Exports() {
    }

    /** Names the command line documents: the RDF formats, then the graph formats. */
    public static List<String> names() {
        return Stream.concat(RdfFormats.NAMES.stream(), GraphWriters.names().stream()).toList();
    }

    public static boolean known(String name) {
        return RdfExport.format(name).isPresent() || GraphWriters.writer(name).isPresent();
    }

    /** Writes the dataset; {@code network} applies to graph formats only (RDF exports keep every triple). */
    public static void write(DatasetGraph dsg, String name, Network network, OutputStream out) throws IOException {
        var graph = GraphWriters.writer(name);
        if (graph.isPresent()) {
            graph.get().write(GraphProjection.of(dsg, network), out);
            return;
        }
        RdfExport.write(dsg, RdfExport.format(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown format " + name)), out);
    }
}
