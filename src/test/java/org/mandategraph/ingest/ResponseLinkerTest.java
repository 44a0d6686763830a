package org.mandategraph.ingest;

import org.mandategraph.rdf.DocumentMapper;
import org.mandategraph.ingest.ResponseLinker;
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
class ResponseLinkerTest {
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

    @Test
    void reportIsLinkedToTheReportingMandateOfTheResolutionItAnswers() throws Exception {
        AnnotatedDocument res = withReportingMandate(Seeds.document("000"), Iris.body("CCPCJ"), 22);
        AnnotatedDocument report = Seeds.document("001");
        List<AnnotatedDocument> linked = ResponseLinker.link(List.of(res, report));
        assertThat(linked.get(1).responses()).extracting(Response::resolutionIri, Response::mandateIri)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MG.ID + "resolution/GA/66/177", OP18_MANDATE));
        Model m = ModelFactory.createDefaultModel();
        new DocumentMapper(org.mandategraph.testing.Lexicons.gazetteer()).emit(linked.get(1),
                org.apache.jena.riot.system.StreamRDFLib.graph(m.getGraph()));
        assertThat(m.contains(m.createResource(report.iri()), MG.answersMandate, m.createResource(OP18_MANDATE))).isTrue();
        assertThat(m.contains(m.createResource(report.iri()), MG.respondsTo,
                m.createResource(MG.ID + "resolution/GA/66/177"))).isTrue();
    }

    @Test
    void anotherSessionOrBodyIsNotThisReportsMandate() throws Exception {
        AnnotatedDocument report = Seeds.document("001");
        for (AnnotatedDocument res : List.of(withReportingMandate(Seeds.document("000"), Iris.body("CCPCJ"), 23),
                withReportingMandate(Seeds.document("000"), Iris.body("GA"), 22))) {
            List<AnnotatedDocument> linked = ResponseLinker.link(List.of(res, report));
            assertThat(linked.get(1).responses()).extracting(Response::mandateIri).containsOnlyNulls();
        }
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
        try (InputStream in = ResponseLinker.class.getResourceAsStream("/org/mandategraph/rules/answers-mandate.rq")) {
            q = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (var qe = QueryExecutionFactory.create(q, union)) {
            return qe.execConstruct();
        }
    }
}
