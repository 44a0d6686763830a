package org.mandategraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mandategraph.testing.TestData;
import org.mandategraph.testing.TestServer;

/**
 * The page on a larger store: the seeds copied {@code mg.scale.copies} times (default 200, so 1000 documents) with
 * their document IRIs renamed, each view timed from navigation to rendered. Slow: {@code mvn verify -Pslow}.
 */
@Tag("slow")
@Tag("browser")
class ScaleBrowserTest {
    static final String ID = "https://w3id.org/mandategraph/id/";

    static DatasetGraph copies(int n) throws Exception {
        DatasetGraph seeds = TestData.seedsOnly();
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        for (int k = 0; k < n; k++) {
            String tag = "c" + k + "/";
            // one indexed graph, as TDB2's union default graph is (an in-memory union over named graphs is not)
            seeds.find().forEachRemaining(q -> out.add(Quad.create(Quad.defaultGraphIRI, rename(q.getSubject(), tag),
                    q.getPredicate(), rename(q.getObject(), tag))));
        }
        TestData.withReferenceData(DatasetGraphFactory.createTxnMem()).find()
                .forEachRemaining(q -> out.add(Quad.create(Quad.defaultGraphIRI, q.asTriple())));
        // the questions read the counts kept at load time and types from the reference graphs by name: those graphs
        // are kept as named graphs too, the counts made over the copies as a load makes them
        DatasetGraph named = DatasetGraphFactory.createTxnMem();
        for (int k = 0; k < n; k++) {
            String tag = "c" + k + "/";
            seeds.find().forEachRemaining(q -> named.add(Quad.create(rename(q.getGraph(), tag), rename(q.getSubject(), tag),
                    q.getPredicate(), rename(q.getObject(), tag))));
        }
        org.mandategraph.store.Summary.addTo(named);
        named.find(org.apache.jena.graph.NodeFactory.createURI(org.mandategraph.vocab.Iris.SUMMARY_GRAPH), null, null, null)
                .forEachRemaining(out::add);
        TestData.withReferenceData(DatasetGraphFactory.createTxnMem()).find().forEachRemaining(out::add);
        return out;
    }

    static Node rename(Node n, String tag) {
        if (n.isURI()) {
            for (String kind : new String[] {"resolution/", "decision/", "doc/"}) {
                if (n.getURI().startsWith(ID + kind)) {
                    return NodeFactory.createURI(ID + kind + tag + n.getURI().substring((ID + kind).length()));
                }
            }
        }
        return n;
    }

    @Test
    void viewsRenderInReasonableTimeOnAThousandDocuments() throws Exception {
        int n = Integer.getInteger("mg.scale.copies", 200);
        try (TestServer server = TestServer.start(copies(n)); Chromium browser = Chromium.start()) {
            String[][] views = {
                    {"#overview", "window.mandategraph.overview && window.mandategraph.overview.ready"},
                    {"#explore", "window.mandategraph.explorer && window.mandategraph.explorer.ready"},
                    {"#explore?addressee=body/UNODC&topic=topic/technical-assistance", "window.mandategraph.explorer && window.mandategraph.explorer.ready"},
                    {"#graph", "window.mandategraph.graph && window.mandategraph.graph.ready"},
            };
            for (String[] v : views) {
                browser.navigate(server.url("/"));
                long t0 = System.nanoTime();
                browser.navigate(server.url("/" + v[0]));
                browser.waitFor(v[1], 120);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.printf("scale %d documents: %s rendered in %d ms%n", 5 * n, v[0], ms);
                System.out.println(browser.eval("window.mandategraph.timings.slice().sort((a, b) => b.ms - a.ms).slice(0, 3)"
                        + ".map(t => t.ms + ' ms: ' + t.query.replace(/PREFIX[^\\n]*\\n/g, '').replace(/\\s+/g, ' ').slice(0, 400)).join('\\n')").asText());
                assertThat(ms).as(v[0]).isLessThan(30_000);
            }
            browser.screenshot(Path.of("target", "browser", "scale-graph.png"));
            assertThat(browser.eval("window.mandategraph.graph.capped").asBoolean()).isTrue();
        }
    }
}
