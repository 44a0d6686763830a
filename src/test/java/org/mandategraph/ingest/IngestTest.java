package org.mandategraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandategraph.vocab.MG;

/** The ingest driver on real files: order, parallelism, conflicts between files, files it cannot read. */
class IngestTest {
    private static final Path SEEDS = Path.of("seeds");
    private static final String F000 = "000_eea1a508a6c70b7c.txt";

    @TempDir
    Path tmp;

    private static List<Extracted> run(Ingest ingest, List<Path> inputs, StringWriter err, int[] failures) {
        List<Extracted> out = new ArrayList<>();
        Ingest.Summary s = ingest.run(inputs, out::add, new PrintWriter(err), f -> { });
        failures[0] = s.failures();
        return out;
    }

    @Test
    void documentsArriveInInputOrderWhateverTheThreads() throws IOException {
        int[] f = new int[1];
        List<String> one = run(new Ingest(Extractor.standard(), 1), List.of(SEEDS), new StringWriter(), f)
                .stream().map(Extracted::iri).toList();
        List<String> four = run(new Ingest(Extractor.standard(), 4), List.of(SEEDS), new StringWriter(), f)
                .stream().map(Extracted::iri).toList();
        assertThat(one).hasSize(5).isEqualTo(four);
    }

    @Test
    void theSameDocumentFromTwoFilesKeepsTheFirstAndNamesBoth() throws IOException {
        // issue: two versions, or one text in two encodings, were merged into one graph with two texts per paragraph
        Path a = tmp.resolve("a_" + F000);
        Path b = tmp.resolve("b_gb18030.txt");
        String text = Files.readString(SEEDS.resolve(F000), StandardCharsets.UTF_8);
        Files.writeString(a, text, StandardCharsets.UTF_8);
        Files.write(b, text.replace("技术援助", "技术协助").getBytes(Charset.forName("GB18030")));
        StringWriter err = new StringWriter();
        int[] failures = new int[1];
        List<Extracted> docs = run(Ingest.standard(), List.of(tmp), err, failures);
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).file()).isEqualTo(a);
        assertThat(failures[0]).isEqualTo(1);
        assertThat(err.toString()).contains(b.toString(), "same document and language as " + a, "kept the first");
        Graph g = docs.get(0).graph();
        String op1 = docs.get(0).iri() + "/op/1";
        assertThat(g.find(NodeFactory.createURI(op1), MG.text.asNode(), null).toList()).hasSize(1);
    }

    @Test
    void filesNoReaderTakesAreListed() throws IOException {
        Files.copy(SEEDS.resolve(F000), tmp.resolve(F000));
        Files.writeString(tmp.resolve("notes"), "no extension");
        Files.writeString(tmp.resolve("report.docx"), "not yet read");
        StringWriter err = new StringWriter();
        List<Path> skipped = new ArrayList<>();
        Ingest.Summary s = Ingest.standard().run(List.of(tmp), x -> { }, new PrintWriter(err), f -> { });
        assertThat(s.documents()).isEqualTo(1);
        assertThat(s.skipped()).isEqualTo(2);
        assertThat(err.toString()).contains("2 files skipped", "notes", "report.docx");
        assertThat(Ingest.files(List.of(tmp), skipped)).hasSize(1);
        assertThat(skipped).hasSize(2);
    }

    @Test
    void aFailingFileIsNamedAndTheRestStillArrives() throws IOException {
        Files.copy(SEEDS.resolve(F000), tmp.resolve(F000));
        Files.write(tmp.resolve("broken.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xd8, 0x41});
        StringWriter err = new StringWriter();
        int[] failures = new int[1];
        List<Extracted> docs = run(Ingest.standard(), List.of(tmp), err, failures);
        assertThat(docs).hasSize(1);
        assertThat(failures[0]).isEqualTo(1);
        assertThat(err.toString()).contains("broken.txt");
    }
}
