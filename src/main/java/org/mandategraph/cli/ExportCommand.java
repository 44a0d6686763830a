package org.mandategraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.mandategraph.store.Store;
import org.mandategraph.export.Exports;
import org.mandategraph.export.Network;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export}: the store as RDF (Rio writers) or as a graph file for Gephi, yEd, Graphviz or Cytoscape. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the store as RDF (ttl, nt, nq, trig, jsonld, rdfxml) or as a graph for visualisation "
                + "tools (graphml, gexf, dot, cyjs).")
public class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    StoreOption store;

    @Option(names = "--format", required = true,
            description = "ttl, nt, nq, trig, jsonld, rdfxml, graphml, gexf, dot or cyjs")
    String format;

    @Option(names = "--network", defaultValue = "all",
            description = "graph formats only: all, mandates (document → body) or citations (default: ${DEFAULT-VALUE})")
    String network;

    @Option(names = {"-o", "--output"}, description = "output file (default: standard output)")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!Exports.known(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + format + "'; use one of " + Exports.names());
        }
        Network net;
        try {
            net = Network.parse(network);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown network '" + network + "'; use all, mandates or citations");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!store.exists(err, "export")) {
            return 1;
        }
        if (Store.isIncomplete(store.dir)) {
            // export reads the database directly, not through Store.open: refuse part of a load here too
            err.println("mandategraph export: " + new Store.IncompleteStoreException(store.dir).getMessage());
            err.flush();
            return 1;
        }
        if (!OutputFile.check(output, err, "export")) {
            return 2;
        }
        Dataset ds = store.open(err, "export", () -> TDB2Factory.connectDataset(Store.tdbDirectory(store.dir).toString()));
        if (ds == null) {
            return 1;
        }
        OutputStream out = OutputFile.open(output);
        try {
            Exports.write(ds.asDatasetGraph(), format, net, out);
        } finally {
            out.flush();
            if (output != null) {
                out.close();
            }
        }
        return 0;
    }
}
