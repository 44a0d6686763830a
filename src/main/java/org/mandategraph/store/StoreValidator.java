package org.mandategraph.store;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.mandategraph.vocab.Prefixes;
import org.mandategraph.lexicon.ReferenceData;

/** SHACL validation of the union of all named graphs against {@code ontology/shapes.ttl}. */
public final class StoreValidator {
    private StoreValidator() {
    }

    /** Validates a copy of the union graph (one read transaction; the copy keeps SHACL's many lookups fast). */
    public static ValidationReport validate(DatasetGraph dsg) {
        Graph data = Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
        return validate(data);
    }

    public static ValidationReport validate(Graph data) {
        Shapes shapes = Shapes.parse(ReferenceData.load(ReferenceData.SHAPES).getGraph());
        return ShaclValidator.get().validate(shapes, data);
    }

    /** One block per violation: focus node, path, message (and the offending value when there is one). */
    public static void print(ValidationReport report, PrintWriter out) {
        var pm = new org.apache.jena.shared.impl.PrefixMappingImpl();
        pm.setNsPrefixes(Prefixes.ALL);
        List<ReportEntry> entries = report.getEntries().stream()
                .sorted(Comparator.comparing((ReportEntry e) -> FmtUtils.stringForNode(e.focusNode(), pm))).toList();
        for (ReportEntry e : entries) {
            out.println(e.severity().level().getLocalName() + ": " + FmtUtils.stringForNode(e.focusNode(), pm));
            if (e.resultPath() != null) {
                out.println("  path:    " + e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(pm)));
            }
            if (e.value() != null) {
                out.println("  value:   " + FmtUtils.stringForNode(e.value(), pm));
            }
            out.println("  message: " + e.message());
        }
    }
}
