package org.mandategraph.testing;

import java.util.ServiceLoader;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.mandategraph.store.ServerExtension;

/** An embedded Fuseki on 127.0.0.1 and a free port serving a dataset at /kg with every registered extension. */
public final class TestServer implements AutoCloseable {
    private final FusekiServer server;

    private TestServer(FusekiServer server) {
        this.server = server;
    }

    public static TestServer start(DatasetGraph dsg) {
        FusekiServer.Builder b = FusekiServer.create().port(0).loopback(true).add("/kg", dsg);
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
        DatasetGraph dsg = args.length > 0 && args[0].equals("seeds") ? TestData.seeds() : TestData.fixture();
        TestServer s = start(dsg);
        System.out.println(s.url("/"));
        Thread.currentThread().join();
    }
}
