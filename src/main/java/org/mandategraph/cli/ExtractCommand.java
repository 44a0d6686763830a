package org.mandategraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.mandategraph.annotate.Extractor;
import org.mandategraph.export.RdfExport;
import org.mandategraph.rdf.BatchResult;
import org.mandategraph.rdf.DocumentMapper;
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

    @Option(names = "--format", defaultValue = "nt", description = "nt, nq, ttl, trig, jsonld or rdfxml (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, description = "output file (default: standard output)")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders of .txt/.md documents")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        Lang lang = RdfFormats.lang(format).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "unknown format '" + format + "'; use one of " + RdfFormats.NAMES));
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = Extractor.standard();
        long t0 = System.nanoTime();
        BatchResult result = Loading.read(extractor, inputs, err);
        OutputStream out = output == null ? System.out : new BufferedOutputStream(Files.newOutputStream(output));
        try {
            if (lang.equals(Lang.NTRIPLES) || lang.equals(Lang.NQUADS)) {
                RdfFormats.stream(result.documents(), new DocumentMapper(extractor.gazetteer()), lang, out);
            } else if (lang.equals(Lang.JSONLD)) {
                // the same JSON-LD as export and /id/: compacted against our context, carried inline
                RdfExport.write(result.dataset().asDatasetGraph(), org.eclipse.rdf4j.rio.RDFFormat.JSONLD, out);
            } else {
                RdfFormats.write(result.dataset(), lang, out);
            }
        } finally {
            out.flush();
            if (output != null) {
                out.close();
            }
        }
        err.printf(java.util.Locale.ROOT, "extract: %d documents, %d triples, %d failed, %.1f s%n", result.documents().size(),
                result.dataset().asDatasetGraph().getUnionGraph().size(), result.failures(), (System.nanoTime() - t0) / 1e9);
        err.flush();
        return result.failures() > 0 ? 1 : 0;
    }
}
