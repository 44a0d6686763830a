package org.mandategraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
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
public class QueryCommand extends ExistingStoreCommand {
    /** Output formats; CONSTRUCT/DESCRIBE results are written as Turtle, N-Triples or JSON-LD. */
    enum Format { table, csv, tsv, json }

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Parameters(paramLabel = "NAME|FILE.rq", description = "a query name from queries/ or a path to a .rq file")
    String query;

    private Query parsed;

    @Override
    boolean ready(PrintWriter err) {
        Optional<CannedQueries.CannedQuery> cq = CannedQueries.resolve(query);
        if (cq.isEmpty()) {
            err.println("mandategraph query: no query '" + query + "'; known queries: " + String.join(", ", CannedQueries.names()));
            return false;
        }
        try {
            parsed = QueryFactory.create(cq.get().text());
            return true;
        } catch (QueryParseException e) {
            err.println("mandategraph query: " + cq.get().name() + ": " + e.getMessage());
            return false;
        }
    }

    @Override
    int run(Store s, PrintWriter out, PrintWriter err) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Txn.executeRead(s.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(parsed).build()) {
                write(parsed, qe, buf);
            }
        });
        out.print(buf.toString(StandardCharsets.UTF_8));
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
