package org.mandategraph.bench.jmh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.language.Languages;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.annotate.Pipeline;
import org.mandategraph.document.SourceText;
import org.mandategraph.document.UnDocument;
import org.mandategraph.rdf.DocumentMapper;
import org.mandategraph.read.DocumentReader;
import org.mandategraph.read.DocumentReaders;
import org.mandategraph.segment.Segmenter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One document through each stage: read (decode and clean), segment, annotate, and the whole extraction including the
 * mapping to RDF. The documents are the seeds, one of each kind of print: a plain-text GA resolution, a PDF-extracted
 * report, a markdown GA resolution, a PDF ECOSOC resolution with bold runs, a markdown COP resolution.
 * Run from the project folder: {@code mvn -Pbench -DskipTests test-compile exec:exec@jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractionBenchmark {
    @Param({"000_eea1a508a6c70b7c.txt", "001_faf187f29e8867b8.txt", "002_b5647ee6f1a21cf1.txt",
            "003_7a09240912a16a89.txt", "004_571203a9b0a6c5aa.txt"})
    public String seed;

    private Path file;
    private DocumentReader reader;
    private Extractor extractor;
    private Segmenter segmenter;
    private Pipeline pipeline;
    private DocumentMapper mapper;
    private SourceText source;
    private AnnotatedDocument segmented;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Path.of(System.getProperty("bench.seeds", "seeds")).resolve(seed);
        reader = DocumentReaders.forFile(file).orElseThrow();
        extractor = Extractor.standard();
        Gazetteer g = extractor.gazetteer();
        segmenter = new Segmenter(g);
        pipeline = Pipeline.standard(g);
        mapper = new DocumentMapper(g);
        source = reader.read(file);
        UnDocument d = segmenter.segment(source);
        segmented = AnnotatedDocument.of(d, Languages.detect(source.text()));
    }

    @Benchmark
    public SourceText read() throws IOException {
        return reader.read(file);
    }

    @Benchmark
    public UnDocument segment() {
        return segmenter.segment(source);
    }

    @Benchmark
    public AnnotatedDocument annotate() {
        return pipeline.run(segmented);
    }

    /** Read, segment, annotate and map to RDF (quads handed to a sink), as {@code extract} does per file. */
    @Benchmark
    public void extractEndToEnd(Blackhole bh) throws IOException {
        AnnotatedDocument ad = extractor.extract(file);
        mapper.emit(ad, new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                bh.consume(t);
            }

            @Override
            public void quad(Quad q) {
                bh.consume(q);
            }
        });
    }
}
