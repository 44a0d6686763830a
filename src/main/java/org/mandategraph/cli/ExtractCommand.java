package org.mandategraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.mandategraph.export.RdfExport;
import org.mandategraph.ingest.BatchResult;
import org.mandategraph.ingest.Ingest;
import org.mandategraph.ingest.StreamSink;
import org.mandategraph.rdf.RdfFormats;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract}: documents to RDF on stdout or a file, no store and no server. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract RDF from UN documents (files or folders, read recursively) and write it out.")
public class ExtractCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DecodingOption decoding;

    @Option(names = "--format", defaultValue = "nt", description = "nt, nq, ttl, trig, jsonld or rdfxml (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, description = "output file (default: standard output)")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders of documents (.txt, .md, .pdf, .docx; Chinese or English)")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        RDFFormat rio = RdfFormats.NAMES.contains(format) ? RdfExport.format(format).orElse(null) : null;
        if (rio == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + format + "'; use one of " + RdfFormats.NAMES);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!OutputFile.check(output, err, "extract")) {
            return 2;
        }
        long t0 = System.nanoTime();
        OutputStream out = OutputFile.open(output);
        Ingest.Summary result;
        try {
            Ingest ingest = Ingest.standard(decoding.decoding());
            if (!rio.equals(RDFFormat.JSONLD)) {
                // document by document through the same Rio writers as export: only shared descriptions are held
                result = Loading.run(ingest, inputs,
                        new StreamSink(RdfExport.streamWriter(rio, out), rio.supportsContexts()), err);
            } else {
                // the same JSON-LD as export and /id/, compacted against our context and carried inline: whole
                BatchResult batch = BatchResult.extract(ingest.extractor(), inputs, err);
                RdfExport.write(batch.dataset().asDatasetGraph(), rio, out);
                result = new Ingest.Summary(batch.documents().size(),
                        batch.dataset().asDatasetGraph().getUnionGraph().size(), batch.failures(), 0);
            }
        } finally {
            out.flush();
            if (output != null) {
                out.close();
            }
        }
        err.printf(java.util.Locale.ROOT, "extract: %d documents, %d triples, %d failed, %.1f s%n", result.documents(),
                result.triples(), result.failures(), (System.nanoTime() - t0) / 1e9);
        err.flush();
        return result.failures() > 0 ? 1 : 0;
    }
}
