package org.mandategraph.testing;

import java.util.ServiceLoader;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.mandategraph.store.KgServer;
import org.mandategraph.store.RequestGuard;
import org.mandategraph.store.ServerExtension;

/**
 * An embedded Fuseki on 127.0.0.1 and a free port serving a dataset at /kg with every registered extension. As the
 * store does with TDB2's union default graph, SPARQL at /kg sees the union of all graphs as its default graph.
 */
public final class TestServer implements AutoCloseable {
    private final FusekiServer server;

    private TestServer(FusekiServer server) {
        this.server = server;
    }

    public static TestServer start(DatasetGraph dsg) {
        // as the store serves: the default graph is the union, and the named graphs are there by name (the questions
        // read the counts in graph/summary and types in the reference graphs with GRAPH)
        DatasetGraph sparql = org.apache.jena.sparql.core.DatasetGraphFactory.create(
                new org.apache.jena.graph.compose.Union(dsg.getDefaultGraph(), dsg.getUnionGraph()));
        dsg.listGraphNodes().forEachRemaining(g -> sparql.addGraph(g, dsg.getGraph(g)));
        FusekiServer.Builder b = FusekiServer.create().port(0).loopback(true).add("/kg", sparql)
                // as the real server: the page must work under its Content-Security-Policy and checks
                .addFilter("/*", new RequestGuard(new RequestGuard.Policy("127.0.0.1", java.util.List.of(),
                        java.util.List.of(), KgServer.MAX_REQUEST, false, "/kg/sparql"), r -> { }));
        ServiceLoader.load(ServerExtension.class).forEach(x -> x.register(b, dsg));
        FusekiServer s = b.build();
        s.start();
        return new TestServer(s);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getHttpPort() + path;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Serves the fixture (or the seeds with {@code seeds}) until killed: for looking at the page by hand. */
    public static void main(String[] args) throws Exception {
        DatasetGraph dsg = args.length > 0 && args[0].equals("seeds") ? TestData.servedSeeds() : TestData.fixture();
        TestServer s = start(dsg);
        System.out.println(s.url("/"));
        Thread.currentThread().join();
    }
}
