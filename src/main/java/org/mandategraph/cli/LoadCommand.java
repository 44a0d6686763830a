package org.mandategraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mandategraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code load}: extract documents and store them in TDB2, one named graph per document, replacing older versions. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extract UN documents (files or folders, read recursively) and load them into the store. "
                + "Re-loading a document (same file or same IRI) replaces it. Into a store without documents the "
                + "load goes through TDB2's bulk loader; if that is interrupted the store says so and the next load "
                + "rebuilds it.")
public class LoadCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    LoadOptions options;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders of documents (.txt, .md, .pdf, .docx; Chinese or English)")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Store opened = options.store.openForLoad(err, "load");
        if (opened == null) {
            return 1;
        }
        try (Store s = opened) {
            Loading.Outcome o = Loading.load(s, inputs, err, options.decoding.decoding());
            out.println("load: " + o.summary());
            out.flush();
            return o.failures() > 0 ? 1 : 0;
        }
    }
}
