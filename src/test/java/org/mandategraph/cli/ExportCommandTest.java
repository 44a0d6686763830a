package org.mandategraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandategraph.testing.TestData;
import picocli.CommandLine;

/** {@code export} run in-process against a TDB2 store laid out as {@code load} makes it ({@code DIR/tdb2}). */
class ExportCommandTest {
    record Run(int code, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = MandateGraphCommand.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return new Run(cl.execute(args), err.toString());
    }

    @Test
    void missingStoreIsAClearErrorWithExitOne(@TempDir Path tmp) {
        Run r = run("export", "--store", tmp.resolve("nowhere").toString(), "--format", "ttl",
                "-o", tmp.resolve("x.ttl").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no store at").contains("load");
        assertThat(tmp.resolve("nowhere")).doesNotExist();
    }

    @Test
    void unknownFormatOrNetworkIsAUsageError(@TempDir Path tmp) {
        assertThat(run("export", "--store", tmp.toString(), "--format", "xlsx").code()).isEqualTo(2);
        assertThat(run("export", "--store", tmp.toString(), "--format", "dot", "--network", "x").code()).isEqualTo(2);
    }

    @Test
    void exportsTheStoreAsRdfAndAsAGraph(@TempDir Path tmp) throws Exception {
        DatasetGraph fixture = TestData.fixture();
        Dataset store = TDB2Factory.connectDataset(tmp.resolve("tdb2").toString());
        Txn.executeWrite(store, () -> fixture.find().forEachRemaining(store.asDatasetGraph()::add));

        Path ttl = tmp.resolve("out.ttl");
        Run r = run("export", "--store", tmp.toString(), "--format", "ttl", "-o", ttl.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Graph back = RDFDataMgr.loadGraph(ttl.toString());
        Graph expected = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        new Union(fixture.getDefaultGraph(), fixture.getUnionGraph()).find().forEachRemaining(expected::add);
        assertThat(back.isIsomorphicWith(expected)).isTrue();

        Path gexf = tmp.resolve("out.gexf");
        Run g = run("export", "--store", tmp.toString(), "--format", "gexf", "--network", "mandates",
                "-o", gexf.toString());
        assertThat(g.code()).as(g.err()).isZero();
        assertThat(Files.readString(gexf)).contains("<gexf").contains("联合国毒品和犯罪问题办公室");
    }
}
