package org.mandategraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;

/** Small query helpers for store tests. */
final class QueriesFor {
    private QueriesFor() {
    }

    /** Subjects whose mg:text matches a Lucene query (quote it for a phrase), through the store's text index. */
    static List<String> text(Store s, String search) {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX mg: <https://w3id.org/mandategraph/ontology#> "
                + "SELECT DISTINCT ?p { ?p text:query (mg:text '" + search + "' 1000) }";
        return Txn.calculateRead(s.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(s.dataset()).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getResource("p").getURI()));
            }
            return out;
        });
    }
}
