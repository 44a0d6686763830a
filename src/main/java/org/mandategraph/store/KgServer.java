package org.mandategraph.store;

import java.util.List;
import java.util.ServiceLoader;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * The embedded Fuseki server behind {@code serve}: dataset {@code /kg} with {@code /kg/sparql} (SPARQL 1.1 query,
 * GET and POST) and {@code /kg/get} (Graph Store read), the union of the named graphs as default graph, remote
 * {@code SERVICE} off, a query time limit per request ({@link BoundedQuery}), a size limit on requests, checks of
 * Host and Origin and read-only CORS ({@link RequestGuard}), and update endpoints ({@code /kg/update},
 * {@code /kg/data}) only when asked for. Every {@link ServerExtension} on the class path is registered before the
 * server starts.
 */
public final class KgServer implements AutoCloseable {
    public static final String DATASET = "/kg";
    /** Jetty's per-response output buffer; Fuseki 5.6.0 otherwise allocates 5 MiB for every response. */
    static final int OUTPUT_BUFFER = 32 * 1024;
    /** Default limit of a request body or query string: far above any hand-written query, far below a heap's worth. */
    public static final long MAX_REQUEST = 1024 * 1024;
    /**
     * Default limit of a response built from the whole store (VoID, graph projection, Graph Store read): the
     * projection of all 1 000 documents of a test store is 70 MB.
     */
    public static final long MAX_WHOLE_STORE_RESPONSE = 96L * 1024 * 1024;
    /** How long a stop waits for running requests before their threads are interrupted. */
    static final long STOP_TIMEOUT_MILLIS = 3_000;

    private final FusekiServer server;
    private final String host;

    private KgServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts serving; returns this for chaining. */
    public KgServer start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The SPARQL query endpoint URL, e.g. {@code http://127.0.0.1:3030/kg/sparql}. */
    public String sparqlUrl() {
        return baseUrl() + DATASET + "/sparql";
    }

    public String baseUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : h) + ":" + port();
    }

    public FusekiServer fuseki() {
        return server;
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Configures a {@link KgServer}; defaults match {@code serve}: 127.0.0.1:3030, 30 s timeout, read-only. */
    public static final class Builder {
        private DatasetGraph dataset;
        private String host = "127.0.0.1";
        private int port = 3030;
        private long timeoutMillis = 30_000;
        private boolean allowUpdate;
        private boolean extensions = true;
        private long maxRequestBytes = MAX_REQUEST;
        private List<String> allowOrigins = List.of();
        private List<String> allowHosts = List.of();
        private boolean allowLoad;
        private long maxWholeStoreBytes = MAX_WHOLE_STORE_RESPONSE;

        public Builder dataset(DatasetGraph dataset) {
            this.dataset = dataset;
            return this;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder timeoutSeconds(double seconds) {
            this.timeoutMillis = Math.round(seconds * 1000);
            return this;
        }

        public Builder allowUpdate(boolean allowUpdate) {
            this.allowUpdate = allowUpdate;
            return this;
        }

        /** Limit of a request body and of a query string, in bytes; larger ones are answered 413. */
        public Builder maxRequestBytes(long bytes) {
            this.maxRequestBytes = bytes;
            return this;
        }

        /** Origins (scheme://host[:port]) besides the server's own that may send updates and get CORS for them. */
        public Builder allowOrigins(List<String> origins) {
            this.allowOrigins = List.copyOf(origins);
            return this;
        }

        /** Host names besides the bind address (and localhost on loopback) that requests may name; "*" for any. */
        public Builder allowHosts(List<String> hosts) {
            this.allowHosts = List.copyOf(hosts);
            return this;
        }

        /** Whether SPARQL Update may LOAD (read files and fetch IRIs into the store). */
        public Builder allowLoad(boolean allowLoad) {
            this.allowLoad = allowLoad;
            return this;
        }

        /** Largest response built from the whole store; larger ones get 413 and are not computed further. */
        public Builder maxWholeStoreBytes(long bytes) {
            this.maxWholeStoreBytes = bytes;
            return this;
        }

        /** Whether to register the {@link ServerExtension}s found on the class path (default true). */
        public Builder extensions(boolean extensions) {
            this.extensions = extensions;
            return this;
        }

        public KgServer build() {
            if (dataset == null) {
                throw new IllegalStateException("no dataset");
            }
            Context cxt = dataset.getContext();
            cxt.set(TDB2.symUnionDefaultGraph, true);
            cxt.set(Service.httpServiceAllowed, false);
            // the time limit is the query handler's, per request: not on the dataset's context, which other
            // servers and local queries over the same store share

            DataService.Builder ds = DataService.newBuilder(dataset)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.GSP_R, "get");
            if (allowUpdate) {
                ds.addEndpoint(Operation.Update, "update").addEndpoint(Operation.GSP_RW, "data");
            }
            DatasetGraph served = dataset;
            RequestGuard guard = new RequestGuard(new RequestGuard.Policy(host, allowHosts, allowOrigins, maxRequestBytes,
                    allowLoad, DATASET + "/sparql"), req -> DataVersion.changed(served));
            WholeStoreCache cache = new WholeStoreCache(() -> DataVersion.get(served), maxWholeStoreBytes);
            FusekiServer.Builder fb = FusekiServer.create()
                    .port(port)
                    // CORS is the guard's: Fuseki's filter would reflect any Origin with credentials
                    .enableCors(false, null)
                    .enablePing(true)
                    .registerOperation(Operation.Query, new BoundedQuery(timeoutMillis, maxRequestBytes))
                    .addFilter("/*", guard)
                    .addFilter(DATASET + "/get", cache)
                    .addFilter("/.well-known/void", cache)
                    .addFilter("/graph.json", cache)
                    .add(DATASET, ds.build());
            if (extensions) {
                for (ServerExtension ext : ServiceLoader.load(ServerExtension.class)) {
                    ext.register(fb, dataset);
                }
            }
            FusekiServer fs = fb.build();
            fs.getJettyServer().setStopTimeout(STOP_TIMEOUT_MILLIS);
            ServletContextHandler sch = ServletContextHandler.getServletContextHandler(fs.getServletContext());
            if (sch != null) {
                // form posts are parsed by Jetty, before the guard could count a streamed body
                sch.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, maxRequestBytes));
            }
            for (Connector c : fs.getJettyServer().getConnectors()) {
                HttpConnectionFactory f = c.getConnectionFactory(HttpConnectionFactory.class);
                if (f != null) {
                    f.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER);
                }
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
            }
            return new KgServer(fs, host);
        }
    }
}
