package org.mandategraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mandategraph.store.KgServer;
import org.mandategraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code serve}: the SPARQL endpoint over the store (embedded Fuseki), read-only unless asked otherwise. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over SPARQL at http://HOST:PORT/kg/sparql (Graph Store read at /kg/get).",
                "With INPUTs they are loaded first; with an empty store and no INPUT, seeds/ is loaded."})
public class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    LoadOptions options;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "port, 0 for any free port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "query timeout (default: ${DEFAULT-VALUE})")
    double timeout;

    @Option(names = "--allow-update", description = "also serve SPARQL Update at /kg/update and Graph Store read-write at /kg/data")
    boolean allowUpdate;

    @Option(names = "--max-request", paramLabel = "BYTES", defaultValue = "1048576",
            description = "largest request body or query string accepted; larger ones get 413 (default: ${DEFAULT-VALUE})")
    long maxRequest;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN", split = ",",
            description = "with --allow-update: a web origin (e.g. https://tool.example.org) besides this server that may send updates")
    List<String> allowOrigins = List.of();

    @Option(names = "--allow-host", paramLabel = "NAME", split = ",",
            description = "a Host name to answer besides the bind address (and localhost on loopback); * for any")
    List<String> allowHosts = List.of();

    @Option(names = "--allow-load", description = "with --allow-update: let SPARQL Update LOAD files and remote IRIs")
    boolean allowLoad;

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "files or folders to load before serving")
    List<Path> inputs = List.of();

    /**
     * Stops Jetty, then closes the store, giving up after a few seconds: a request stuck in work that cannot be
     * interrupted must not keep SIGTERM from ending the process (TDB2's journal keeps the store consistent).
     */
    static void stop(KgServer server, Store store) {
        Thread closer = new Thread(() -> {
            try {
                server.close();
            } finally {
                store.close();
            }
        }, "mandategraph-close");
        closer.setDaemon(true);
        closer.start();
        try {
            closer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Store s = options.store.open(err, "serve");
        if (s == null) {
            return 1;
        }
        try {
            List<Path> toLoad = inputs;
            if (toLoad.isEmpty() && !s.hasDocuments()) {
                Path seeds = Path.of("seeds");
                if (!Files.isDirectory(seeds)) {
                    err.println("mandategraph serve: the store at " + options.store.dir + " is empty and there is no seeds/ folder in "
                            + Path.of("").toAbsolutePath() + "; give INPUT files or folders, or run load first");
                    err.flush();
                    s.close();
                    return 1;
                }
                err.println("serve: empty store, loading " + seeds);
                toLoad = List.of(seeds);
            }
            if (!toLoad.isEmpty()) {
                err.println("serve: loaded " + Loading.load(s, toLoad, err, options.decoding.decoding()).summary());
            }
            KgServer server = KgServer.builder().dataset(s.datasetGraph()).host(host).port(port)
                    .timeoutSeconds(timeout).allowUpdate(allowUpdate).maxRequestBytes(maxRequest)
                    .allowOrigins(allowOrigins).allowHosts(allowHosts).allowLoad(allowLoad).build();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, s), "mandategraph-shutdown"));
            long triples = s.tripleCount();
            double ready = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
            err.println(String.format(Locale.ROOT, "MandateGraph SPARQL endpoint ready at %s (%d triples, %.1f s)%s",
                    server.sparqlUrl(), triples, ready, allowUpdate ? " [updates allowed]" : ""));
            err.flush();
            server.join();
            return 0;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }
}
