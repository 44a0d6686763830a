package org.mandategraph.annotate;

import org.mandategraph.ingest.Extractor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mandategraph.document.Header;
import org.mandategraph.document.ParagraphKind;
import org.mandategraph.vocab.Iris;
import org.mandategraph.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Documents laid out as UN pages print them but unlike any seed: a report whose symbol and organ share lines
 * with "联合国" and "Distr.", and a resolution on another subject. Written by hand for these tests.
 */
class PageLayoutTest {
    private static final Path REPORT = Path.of("src/test/resources/docs/report-A-68-127.txt");
    private static final Path RESOLUTION = Path.of("src/test/resources/docs/resolution-68-195.txt");
    private static final Path CND = Path.of("src/test/resources/docs/cnd-resolution-56-4.txt");

    @Test
    void reportHeaderPrintedBesideTheOrganisationName() throws Exception {
        AnnotatedDocument ad = Extractor.standard().extract(REPORT);
        Header h = ad.document().header();
        assertThat(ad.iri()).isEqualTo(Iris.doc("A/68/127"));
        assertThat(h.symbol()).isEqualTo("A/68/127");
        assertThat(h.organCode()).isEqualTo("GA");
        assertThat(h.authorCode()).isEqualTo("SG");
        assertThat(h.session()).isEqualTo(68);
        assertThat(h.agendaItem()).isEqualTo("109");
        assertThat(h.title()).isEqualTo("联合国预防犯罪和刑事司法方案，特别是其技术合作能力");
        assertThat(ad.document().paragraphs(ParagraphKind.REPORT)).hasSize(3);
        assertThat(ad.mentions()).extracting(Mention::agentIri)
                .contains(Iris.state("KHM"), Iris.state("LAO"), Iris.state("VNM"), Iris.body("INTERPOL"));
    }

    @Test
    void reportAnswersTheReportingMandateOfTheResolutionItCites() throws Exception {
        AnnotatedDocument report = Extractor.standard().extract(REPORT);
        assertThat(report.responses()).extracting(Response::resolutionIri).containsExactly(Iris.resolution("GA", "67/189"));
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        var mapper = new org.mandategraph.rdf.DocumentMapper(org.mandategraph.testing.Lexicons.gazetteer());
        for (AnnotatedDocument d : List.of(Seeds.document("002"), report)) {
            mapper.emit(d, org.apache.jena.riot.system.StreamRDFLib.graph(g));
        }
        assertThat(org.mandategraph.ingest.Links.derive(g)).extracting(t -> t.getObject().getURI())
                .containsExactly(Iris.resolution("GA", "67/189") + "/op/40/mandate/request/body-SG");
    }

    @Test
    void resolutionOnAnotherSubjectYieldsItsMandatesAndCitations() throws Exception {
        AnnotatedDocument ad = Extractor.standard().extract(RESOLUTION);
        assertThat(ad.iri()).isEqualTo(Iris.resolution("GA", "68/195"));
        Set<String> mandates = ad.mandates().stream()
                .map(m -> ad.document().paragraphs().get(m.locus().paragraph()).number() + " " + m.verbCode() + " "
                        + m.addresseeIri().substring(m.addresseeIri().lastIndexOf('/') + 1))
                .collect(Collectors.toSet());
        assertThat(mandates).containsExactlyInAnyOrder(
                "1 urge MemberStates", "2 call-upon StatesParties", "3 encourage UNDP", "3 encourage WB",
                "3 request UNODC", "4 invite FATF", "4 invite INTERPOL", "5 request SG");
        Set<String> cited = ad.outwardCitations().stream().map(c -> c.target().iri().substring(Iris.ID.length()))
                .collect(Collectors.toSet());
        assertThat(cited).contains("resolution/GA/67/192", "resolution/ECOSOC/2013/31", "instrument/UNCAC/chap/V",
                "instrument/UNCAC/art/51", "instrument/UNCAC/art/59", "instrument/UNCAC/art/31/para/2");
        Mandate report = ad.mandates().stream().filter(m -> m.addresseeIri().equals(Iris.body("SG"))).findFirst().orElseThrow();
        assertThat(report.reportToIri()).isEqualTo(Iris.body("GA"));
        assertThat(report.dueSession()).isEqualTo(69);
    }

    @Test
    void commissionResolutionCitesTheDrugConventionsAndReportsToItself() throws Exception {
        AnnotatedDocument ad = Extractor.standard().extract(CND);
        assertThat(ad.iri()).isEqualTo(Iris.resolution("CND", "56/4"));
        Set<String> cited = ad.outwardCitations().stream().map(c -> c.target().iri().substring(Iris.ID.length()))
                .collect(Collectors.toSet());
        assertThat(cited).contains("resolution/GA/64/182", "resolution/ECOSOC/2012/12", "resolution/CND/55/1",
                "resolution/CND/55/5", "instrument/SINGLE1961/art/35", "instrument/PSYCH1971/art/21",
                "instrument/DRUG1988/art/17");
        Mandate m = ad.mandates().get(0);
        assertThat(m.addresseeIri()).isEqualTo(Iris.body("UNODC-ED"));
        assertThat(m.reportToIri()).isEqualTo(Iris.body("CND"));
        assertThat(m.dueSession()).isEqualTo(57);
        assertThat(ad.mandates()).extracting(Mandate::addresseeIri)
                .contains(Iris.body("MemberStates"), Iris.body("INTERPOL"), Iris.body("WCO"), Iris.body("States"),
                        Iris.body("INCB"));
    }
}
