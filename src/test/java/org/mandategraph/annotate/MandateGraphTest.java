package org.mandategraph.annotate;

import org.mandategraph.lexicon.Gazetteer;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.mandategraph.rdf.DocumentMapper;
import org.mandategraph.vocab.MG;

/** What the mapper writes for the mandate layers: tasks and the verb's sub-property, evidence, mentions of the rest. */
class MandateGraphTest {
    private static final String ID = "https://w3id.org/mandategraph/id/";

    @Test
    void mandateNodesCarryVerbAddresseeTopicsAndEvidence() {
        AnnotatedDocument d = TinyDocs.ga("强调必须实行机制，敦促缔约国继续参与，并鼓励会员国支持联合国毒品和犯罪问题办公室提供技术援助；",
                "请联合国毒品和犯罪问题办公室执行主任向预防犯罪和刑事司法委员会第二十二届会议报告。");
        Model m = ModelFactory.createDefaultModel();
        new DocumentMapper(org.mandategraph.testing.Lexicons.gazetteer()).emit(d, StreamRDFLib.graph(m.getGraph()));
        Resource p1 = m.createResource(DocumentMapper.paragraphIri(d, TinyDocs.op(d, 1)));
        Resource p2 = m.createResource(DocumentMapper.paragraphIri(d, TinyDocs.op(d, 2)));
        Resource sp = m.createResource(ID + "body/StatesParties");
        Resource ms = m.createResource(ID + "body/MemberStates");
        Resource unodc = m.createResource(ID + "body/UNODC");
        assertThat(m.contains(p1, MG.tasks, sp)).isTrue();
        assertThat(m.contains(p1, MG.urges, sp)).isTrue();
        assertThat(m.contains(p1, MG.encourages, ms)).isTrue();
        assertThat(m.contains(p1, MG.tasks, unodc)).as("UNODC is inside the object").isFalse();
        assertThat(m.contains(p1, MG.mentions, unodc)).isTrue();
        assertThat(m.contains(p1, MG.mentions, ms)).as("a tasked agent is not merely mentioned").isFalse();
        assertThat(m.contains(p1, m.createProperty(MG.NS + "leadVerb"), m.createResource(ID + "verb/emphasize"))).isTrue();

        Resource enc = m.listSubjectsWithProperty(MG.addressee, ms).next();
        assertThat(enc.getPropertyResourceValue(MG.verb).getURI()).isEqualTo(ID + "verb/encourage");
        assertThat(enc.getPropertyResourceValue(MG.topic).getURI()).isEqualTo(ID + "topic/technical-assistance");
        Resource ev = enc.getPropertyResourceValue(MG.addresseeEvidence);
        assertThat(ev.getProperty(m.createProperty(DocumentMapper.OA + "exact")).getString()).isEqualTo("会员国");
        Resource vev = enc.getPropertyResourceValue(MG.verbEvidence);
        assertThat(vev.getProperty(m.createProperty(DocumentMapper.OA + "exact")).getString()).isEqualTo("并鼓励");

        Resource ed = m.listSubjectsWithProperty(MG.addressee, m.createResource(ID + "body/UNODC-ED")).next();
        assertThat(m.contains(p2, MG.requests, m.createResource(ID + "body/UNODC-ED"))).isTrue();
        assertThat(ed.getPropertyResourceValue(MG.reportTo).getURI()).isEqualTo(ID + "body/CCPCJ");
        assertThat(ed.getProperty(MG.dueSession).getInt()).isEqualTo(22);
    }
}
