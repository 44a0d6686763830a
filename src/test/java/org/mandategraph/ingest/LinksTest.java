package org.mandategraph.ingest;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.graph.GraphFactory;

import org.mandategraph.rdf.DocumentMapper;
import org.mandategraph.vocab.Iris;
import org.mandategraph.vocab.MG;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.annotate.Locus;
import org.mandategraph.annotate.Mandate;
import org.mandategraph.annotate.Response;
import org.mandategraph.testing.Seeds;

/**
 * The mandate-to-report chain: report 001 (CCPCJ, 22nd session) answers resolution 66/177, whose operative
 * paragraph 18 asks the Executive Director to report to CCPCJ at its 22nd session. The negative cases replace
 * that paragraph's extracted mandate with hand-built ones that report elsewhere or at another session.
 */
class LinksTest {
    private static final String OP18_MANDATE = MG.ID + "resolution/GA/66/177/op/18/mandate/request/body-UNODC-ED";

    private static AnnotatedDocument withReportingMandate(AnnotatedDocument res, String reportTo, Integer session) {
        int op18 = -1;
        for (int i = 0; i < res.document().paragraphs().size(); i++) {
            var p = res.document().paragraphs().get(i);
            if (p.kind() == org.mandategraph.document.ParagraphKind.OPERATIVE && p.number().equals("18")) {
                op18 = i;
            }
        }
        final int target = op18;
        List<Mandate> ms = new ArrayList<>(res.mandates().stream().filter(m -> m.locus().paragraph() != target).toList());
        ms.add(new Mandate(Locus.paragraph(op18), "request", Iris.body("UNODC-ED"), List.of(), null, null, null,
                reportTo, session));
        return res.withMandates(ms);
    }

    /** The two documents mapped into one graph, as the ingest layer hands them to the link rules. */
    private static Graph mapped(AnnotatedDocument... docs) {
        Graph g = GraphFactory.createDefaultGraph();
        DocumentMapper mapper = new DocumentMapper(org.mandategraph.testing.Lexicons.gazetteer());
        for (AnnotatedDocument d : docs) {
            mapper.emit(d, org.apache.jena.riot.system.StreamRDFLib.graph(g));
        }
        return g;
    }

    @Test
    void reportIsLinkedToTheReportingMandateOfTheResolutionItAnswers() throws Exception {
        AnnotatedDocument res = withReportingMandate(Seeds.document("000"), Iris.body("CCPCJ"), 22);
        AnnotatedDocument report = Seeds.document("001");
        assertThat(report.responses()).extracting(Response::resolutionIri).containsExactly(MG.ID + "resolution/GA/66/177");
        List<Triple> links = Links.derive(mapped(res, report));
        assertThat(links).containsExactly(Triple.create(NodeFactory.createURI(report.iri()), MG.answersMandate.asNode(),
                NodeFactory.createURI(OP18_MANDATE)));
    }

    @Test
    void anotherSessionOrBodyIsNotThisReportsMandate() throws Exception {
        AnnotatedDocument report = Seeds.document("001");
        for (AnnotatedDocument res : List.of(withReportingMandate(Seeds.document("000"), Iris.body("CCPCJ"), 23),
                withReportingMandate(Seeds.document("000"), Iris.body("GA"), 22))) {
            assertThat(Links.derive(mapped(res, report))).isEmpty();
        }
    }

    @Test
    void derivationRestrictedToChangedDocumentsFindsTheirLinksOnly() throws Exception {
        AnnotatedDocument res = withReportingMandate(Seeds.document("000"), Iris.body("CCPCJ"), 22);
        AnnotatedDocument report = Seeds.document("001");
        Dataset ds = DatasetFactory.wrap(ModelFactory.createModelForGraph(mapped(res, report)));
        assertThat(Links.derive(ds, List.of(report.iri()), null)).hasSize(1);
        assertThat(Links.derive(ds, null, List.of(res.iri()))).hasSize(1);
        assertThat(Links.derive(ds, List.of(MG.ID + "doc/A/1/1"), List.of(MG.ID + "resolution/GA/1/1"))).isEmpty();
    }

    @Test
    void theLinksGoToTheirOwnGraphInExtractedQuads() throws Exception {
        AnnotatedDocument res = withReportingMandate(Seeds.document("000"), Iris.body("CCPCJ"), 22);
        AnnotatedDocument report = Seeds.document("001");
        org.apache.jena.sparql.core.DatasetGraph out = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        StreamSink sink = new StreamSink(org.apache.jena.riot.system.StreamRDFLib.dataset(out), true);
        DocumentMapper mapper = new DocumentMapper(org.mandategraph.testing.Lexicons.gazetteer());
        for (AnnotatedDocument d : List.of(res, report)) {
            Graph g = GraphFactory.createDefaultGraph();
            mapper.emit(d, org.apache.jena.riot.system.StreamRDFLib.graph(g));
            sink.document(new Extracted(java.nio.file.Path.of(d.document().source().fileName()), d, g));
        }
        sink.finish();
        assertThat(out.getGraph(NodeFactory.createURI(Iris.LINKS_GRAPH)).find().toList())
                .extracting(t -> t.getObject().getURI()).containsExactly(OP18_MANDATE);
        assertThat(out.getGraph(NodeFactory.createURI(report.iri()))
                .contains(Node.ANY, MG.answersMandate.asNode(), Node.ANY)).isFalse();
    }

    @Test
    void answersMandateRuleDerivesTheSameLinkFromTheSeedsUnionGraph() throws Exception {
        Dataset seeds = Seeds.batch().dataset();
        Model union = ModelFactory.createDefaultModel();
        seeds.begin(org.apache.jena.query.ReadWrite.READ);
        try {
            union.add(seeds.getUnionModel());
        } finally {
            seeds.end();
        }
        String report = Seeds.document("001").iri();
        Model rule = construct(union);
        assertThat(rule.listStatements().toList()).extracting(s -> s.getSubject().getURI() + " "
                + s.getPredicate().getLocalName() + " " + s.getObject().asResource().getURI())
                .containsExactly(report + " answersMandate " + OP18_MANDATE);
        // a reporting mandate for another session is not what this report answers
        addMandate(union, MG.ID + "resolution/GA/66/177/op/17/mandate/invite/body-MemberStates", "23");
        assertThat(construct(union).size()).isEqualTo(1);
    }

    private static void addMandate(Model m, String mandate, String session) {
        var r = m.createResource(mandate);
        String para = mandate.substring(0, mandate.indexOf("/mandate/"));
        r.addProperty(RDF.type, MG.Mandate);
        r.addProperty(MG.inParagraph, m.createResource(para));
        r.addProperty(MG.reportTo, m.createResource(Iris.body("CCPCJ")));
        r.addLiteral(MG.dueSession, m.createTypedLiteral(session, XSDDatatype.XSDinteger));
    }

    private static Model construct(Model union) throws Exception {
        String q;
        try (InputStream in = Links.class.getResourceAsStream("/org/mandategraph/rules/answers-mandate.rq")) {
            q = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (var qe = QueryExecutionFactory.create(q, union)) {
            return qe.execConstruct();
        }
    }
}
