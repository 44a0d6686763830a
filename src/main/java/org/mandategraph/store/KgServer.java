package org.mandategraph.store;

import java.util.ServiceLoader;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Fuseki server behind {@code serve}: dataset {@code /kg} with {@code /kg/sparql} (SPARQL 1.1 query,
 * GET and POST) and {@code /kg/get} (Graph Store read), the union of the named graphs as default graph, remote
 * {@code SERVICE} off, a query timeout, CORS on, and update endpoints ({@code /kg/update}, {@code /kg/data}) only
 * when asked for. Every {@link ServerExtension} on the class path is registered before the server starts.
 */
public final class KgServer implements AutoCloseable {
    public static final String DATASET = "/kg";
    /** Jetty's per-response output buffer; Fuseki 5.6.0 otherwise allocates 5 MiB for every response. */
    static final int OUTPUT_BUFFER = 32 * 1024;

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
            cxt.set(ARQ.queryTimeout, Long.toString(timeoutMillis));

            DataService.Builder ds = DataService.newBuilder(dataset)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.GSP_R, "get");
            if (allowUpdate) {
                ds.addEndpoint(Operation.Update, "update").addEndpoint(Operation.GSP_RW, "data");
            }
            FusekiServer.Builder fb = FusekiServer.create()
                    .port(port)
                    .enableCors(true, null)
                    .enablePing(true)
                    .add(DATASET, ds.build());
            if (extensions) {
                for (ServerExtension ext : ServiceLoader.load(ServerExtension.class)) {
                    ext.register(fb, dataset);
                }
            }
            FusekiServer fs = fb.build();
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
