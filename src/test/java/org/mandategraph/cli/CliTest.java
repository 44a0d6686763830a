package org.mandategraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The command line run in-process: help, version, exit codes, and extract's outputs. */
class CliTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = MandateGraphCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsEverySubcommand() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("extract", "load", "serve", "query", "export", "validate");
    }

    @Test
    void versionPrintsTheProgramName() {
        Run r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("mandategraph ");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("extract").code()).isEqualTo(2);
        Run bad = run("extract", "--format", "xml", "seeds");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown format 'xml'");
    }

    @ParameterizedTest
    @CsvSource({"nt, N-TRIPLES", "nq, N-QUADS", "ttl, TURTLE", "trig, TRIG", "jsonld, JSON-LD", "rdfxml, RDF/XML"})
    void extractWritesEveryFormatReadableBack(String format, String lang, @TempDir Path dir) throws IOException {
        Path out = dir.resolve("seeds." + format);
        Run r = run("extract", "--format", format, "-o", out.toString(), "seeds/000_eea1a508a6c70b7c.txt");
        assertThat(r.code()).as(r.err()).isZero();
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, out.toString(), org.apache.jena.riot.RDFLanguages.nameToLang(lang));
        Model all = ds.getUnionModel().union(ds.getDefaultModel());
        assertThat(all.size()).isGreaterThan(200);
        assertThat(all.listSubjects().toList().stream().map(Object::toString))
                .contains("https://w3id.org/mandategraph/id/resolution/GA/66/177");
    }

    @Test
    void extractIsIdenticalAcrossRuns(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.nt");
        Path b = dir.resolve("b.nt");
        assertThat(run("extract", "-o", a.toString(), "seeds").code()).isZero();
        assertThat(run("extract", "-o", b.toString(), "seeds").code()).isZero();
        assertThat(Files.readAllLines(a).stream().sorted().toList())
                .isEqualTo(Files.readAllLines(b).stream().sorted().toList());
    }

    @Test
    void aBadFileIsNamedAndTheRestOfTheBatchStillExtracts(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("seeds/000_eea1a508a6c70b7c.txt"), dir.resolve("good.txt"));
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 0});
        Files.writeString(dir.resolve("notes.md"), "just a shopping list\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.nt");
        Run r = run("extract", "-o", out.toString(), dir.toString(), dir.resolve("missing.txt").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("binary.txt", "notes.md", "missing.txt", "no such file");
        assertThat(Files.readString(out)).contains("<https://w3id.org/mandategraph/id/resolution/GA/66/177>");
    }

    @Test
    void aFolderWithNothingToReadIsAFailure(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("scan.tif"), "II*\0"); // an image: no reader takes it (PDFs are read now)
        Run r = run("extract", "-o", dir.resolve("out.nt").toString(), dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(dir + ": no documents in this folder", "files skipped, no reader for their type",
                "scan.tif");
    }
}
