package org.mandategraph.ingest;

import org.mandategraph.rdf.DocumentMapper;
import org.mandategraph.vocab.Iris;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.annotate.Mandate;
import org.mandategraph.annotate.Response;
import org.mandategraph.document.Header;

/**
 * The mandate-to-report chain across a batch: a report that responds to a resolution read in the same batch is
 * linked to that resolution's reporting mandate ({@code mg:answersMandate}) — the mandate whose {@code reportTo}
 * is the body the report is addressed to (its organ) and whose {@code dueSession} is the report's session.
 * {@code rules/answers-mandate.rq} derives the same link inside the store.
 */
public final class ResponseLinker {
    private ResponseLinker() {
    }

    /** Links every report of the batch afresh; linking an already linked batch gives the same result. */
    public static List<AnnotatedDocument> link(List<AnnotatedDocument> docs) {
        Map<String, AnnotatedDocument> byIri = new HashMap<>();
        for (AnnotatedDocument d : docs) {
            byIri.putIfAbsent(d.iri(), d);
        }
        List<AnnotatedDocument> out = new ArrayList<>(docs.size());
        for (AnnotatedDocument d : docs) {
            if (d.responses().isEmpty()) {
                out.add(d);
                continue;
            }
            List<Response> linked = new ArrayList<>();
            for (Response r : d.responses().stream().map(r -> r.withMandate(null)).distinct().toList()) {
                List<String> mandates = answered(byIri.get(r.reportIri()), byIri.get(r.resolutionIri()));
                if (mandates.isEmpty()) {
                    linked.add(r);
                }
                for (String m : mandates) {
                    linked.add(r.withMandate(m));
                }
            }
            out.add(d.withResponses(linked));
        }
        return out;
    }

    /** IRIs of the resolution's mandates asking for a report to the body and session the report was made for. */
    static List<String> answered(AnnotatedDocument report, AnnotatedDocument resolution) {
        if (report == null || resolution == null) {
            return List.of();
        }
        Header h = report.document().header();
        if (h.organCode() == null || h.session() == null) {
            return List.of();
        }
        String audience = Iris.body(h.organCode());
        List<String> out = new ArrayList<>();
        for (Mandate m : resolution.mandates()) {
            if (audience.equals(m.reportToIri()) && Objects.equals(h.session(), m.dueSession())) {
                String mi = Iris.mandate(DocumentMapper.paragraphIri(resolution, m.locus().paragraph()),
                        m.verbCode(), m.addresseeIri());
                if (!out.contains(mi)) {
                    out.add(mi);
                }
            }
        }
        return out;
    }
}
