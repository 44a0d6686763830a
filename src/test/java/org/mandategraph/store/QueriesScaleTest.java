package org.mandategraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The canned queries that used to grow with documents times paragraphs (or documents times mandates) finish well
 * within the server's 30 s limit on 500 documents: the seeds' document graphs copied 100 times under new IRIs.
 */
@Tag("slow")
class QueriesScaleTest {
    static final int COPIES = 100;
    static final long LIMIT_MILLIS = 20_000;

    @TempDir
    Path tmp;

    @Test
    void documentsAndDirectiveVerbsStayFastOnFiveHundredDocuments() {
        DatasetGraph seeds = SeedStore.get().datasetGraph();
        List<Quad> quads = new ArrayList<>();
        Txn.executeRead(seeds, () -> seeds.find().forEachRemaining(quads::add));
        Dataset big = TDB2Factory.connectDataset(tmp.resolve("tdb2").toString());
        big.getContext().set(TDB2.symUnionDefaultGraph, true);
        DatasetGraph dsg = big.asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            for (Quad q : quads) {
                String g = q.getGraph().getURI();
                if (g.startsWith(Store.GRAPH_NS)) {
                    dsg.add(q);
                    continue;
                }
                for (int i = 0; i < COPIES; i++) {
                    String to = g + "-copy" + i;
                    dsg.add(rename(q.getGraph(), g, to), rename(q.getSubject(), g, to), q.getPredicate(), rename(q.getObject(), g, to));
                }
            }
        });
        for (String name : List.of("documents", "directive-verbs-by-body")) {
            String text = CannedQueries.resolve(name).orElseThrow().text();
            long t0 = System.nanoTime();
            int rows = Txn.calculateRead(big, () -> {
                try (QueryExecution qe = QueryExecution.dataset(big).query(text).timeout(LIMIT_MILLIS).build()) {
                    int n = 0;
                    for (var rs = qe.execSelect(); rs.hasNext(); rs.next()) {
                        n++;
                    }
                    return n;
                }
            });
            System.out.printf("%s: %d rows in %.1f s%n", name, rows, (System.nanoTime() - t0) / 1e9);
            assertThat(rows).isPositive();
            if (name.equals("documents")) {
                assertThat(rows).isEqualTo(5 * COPIES);
            }
        }
        big.close();
    }

    static Node rename(Node n, String from, String to) {
        return n.isURI() && n.getURI().startsWith(from) ? NodeFactory.createURI(to + n.getURI().substring(from.length())) : n;
    }
}
