package org.mandategraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandategraph.store.Store;
import picocli.CommandLine;

/** load, query and validate run in-process through {@link MandateGraphCommand#commandLine()}. */
class StoreCommandsTest {
    static final String F000 = "000_eea1a508a6c70b7c.txt";

    @TempDir
    static Path tmp;
    static Path store;

    /** Exit code, standard output and standard error of one command. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = MandateGraphCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void loadOne() {
        store = tmp.resolve("store");
        Run r = run("load", "--store", store.toString(), "seeds/" + F000);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).matches("(?s)load: 1 documents, \\d+ triples, 0 failures, [0-9.]+ s\\R");
    }

    @Test
    void aBadInputIsNamedTheRestLoadsAndTheExitCodeIsOne() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("bad"));
        Files.copy(Path.of("seeds", "003_7a09240912a16a89.txt"), docs.resolve("003_7a09240912a16a89.txt"));
        Path missing = docs.resolve("missing.txt");
        Path dir = tmp.resolve("bad-store");
        Run r = run("load", "--store", dir.toString(), missing.toString(), docs.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("missing.txt").contains("no such file");
        assertThat(r.out()).contains("1 documents").contains("1 failures");
        try (Store s = Store.open(dir)) {
            assertThat(s.documentGraphs()).containsExactly("https://w3id.org/mandategraph/id/resolution/ECOSOC/2012/19/zh");
        }
    }

    @ParameterizedTest
    @CsvSource({
            // the header line of each result format
            "table, '| document'",
            "csv, 'document,symbol,type,by,date'",
            "tsv, '?document\t?symbol'",
            "json, '\"vars\"'",
    })
    void queryByNameInEachFormat(String format, String expected) {
        Run r = run("query", "--store", store.toString(), "--format", format, "documents");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(expected).contains("resolution/GA/66/177");
    }

    @Test
    void queryFromAFileAndAskAndConstruct() throws Exception {
        Path ask = tmp.resolve("ask.rq");
        Files.writeString(ask, "ASK { ?d <https://w3id.org/mandategraph/ontology#symbol> \"A/RES/66/177\" }");
        Run a = run("query", "--store", store.toString(), ask.toString());
        assertThat(a.code()).isZero();
        assertThat(a.out()).containsIgnoringCase("yes");
        Path construct = tmp.resolve("construct.rq");
        Files.writeString(construct, "CONSTRUCT WHERE { ?d <https://w3id.org/mandategraph/ontology#symbol> ?s }");
        Run c = run("query", "--store", store.toString(), "--format", "csv", construct.toString());
        assertThat(c.out()).contains("<https://w3id.org/mandategraph/id/resolution/GA/66/177> "
                + "<https://w3id.org/mandategraph/ontology#symbol> \"A/RES/66/177\" .");
    }

    @Test
    void anUnknownQueryNameListsTheKnownOnes() {
        Run r = run("query", "--store", store.toString(), "no-such-question");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no-such-question").contains("unodc-technical-assistance");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(run("query", "--store", store.toString(), "--format", "xls", "documents").code()).isEqualTo(2);
    }

    @Test
    void validateConformsThenReportsAViolationWithFocusPathAndMessage() {
        Path dir = tmp.resolve("validate-store");
        assertThat(run("load", "--store", dir.toString(), "seeds/" + F000).code()).isZero();
        Run ok = run("validate", "--store", dir.toString());
        assertThat(ok.code()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("conforms");

        try (Store s = Store.open(dir)) {
            Txn.executeWrite(s.datasetGraph(), () -> s.datasetGraph().add(
                    NodeFactory.createURI("https://w3id.org/mandategraph/id/resolution/GA/66/177"),
                    NodeFactory.createURI("https://w3id.org/mandategraph/id/resolution/GA/66/177/op/1"),
                    NodeFactory.createURI("https://w3id.org/mandategraph/ontology#number"),
                    NodeFactory.createLiteralString("1bis")));
        }
        Run bad = run("validate", "--store", dir.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).contains("Violation: <https://w3id.org/mandategraph/id/resolution/GA/66/177/op/1>")
                .contains("path:    mg:number").contains("message: A paragraph has exactly one mg:number")
                .contains("1 violations");
    }
}
