package org.mandategraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.mandategraph.vocab.Prefixes;
import org.mandategraph.store.CannedQueries;
import org.mandategraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query}: run a canned question from {@code queries/} (or any .rq file) against the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a canned query (a name from queries/, without .rq) or a .rq file against the store.")
public class QueryCommand implements Callable<Integer> {
    /** Output formats; CONSTRUCT/DESCRIBE results are written as Turtle, N-Triples or JSON-LD. */
    enum Format { table, csv, tsv, json }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Parameters(paramLabel = "NAME|FILE.rq", description = "a query name from queries/ or a path to a .rq file")
    String query;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<CannedQueries.CannedQuery> cq = CannedQueries.resolve(query);
        if (cq.isEmpty()) {
            err.println("mandategraph query: no query '" + query + "'; known queries: " + String.join(", ", CannedQueries.names()));
            err.flush();
            return 1;
        }
        Query q;
        try {
            q = QueryFactory.create(cq.get().text());
        } catch (QueryParseException e) {
            err.println("mandategraph query: " + cq.get().name() + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        Store opened = store.openExisting(err, "query");
        if (opened == null) {
            return 1;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (Store s = opened) {
            Txn.executeRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q).build()) {
                    write(q, qe, buf);
                }
            });
        }
        out.print(buf.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }

    private void write(Query q, QueryExecution qe, OutputStream os) {
        if (q.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case table -> ResultSetFormatter.out(os, rs, q.getPrologue());
                case csv -> ResultSetFormatter.outputAsCSV(os, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(os, rs);
                case json -> ResultSetFormatter.outputAsJSON(os, rs);
            }
        } else if (q.isAskType()) {
            boolean b = qe.execAsk();
            switch (format) {
                case table -> ResultSetFormatter.out(os, b);
                case csv -> ResultSetFormatter.outputAsCSV(os, b);
                case tsv -> ResultSetFormatter.outputAsTSV(os, b);
                case json -> ResultSetFormatter.outputAsJSON(os, b);
            }
        } else {
            Model m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            m.setNsPrefixes(Prefixes.ALL);
            Lang lang = switch (format) {
                case table -> Lang.TURTLE;
                case csv, tsv -> Lang.NTRIPLES;
                case json -> Lang.JSONLD;
            };
            RDFDataMgr.write(os, m, lang);
        }
    }
}
