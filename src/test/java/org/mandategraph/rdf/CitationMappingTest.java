package org.mandategraph.rdf;

import org.mandategraph.vocab.MG;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.mandategraph.testing.Seeds;

/** How citations land in the graph: provision chains up to the instrument, evidence selectors, document links. */
class CitationMappingTest {

    private static Model graphOf(String prefix) throws Exception {
        Dataset ds = Seeds.batch().dataset();
        Model m = ModelFactory.createDefaultModel();
        ds.begin(ReadWrite.READ);
        try {
            m.add(ds.getNamedModel(org.mandategraph.vocab.Iris.version(Seeds.document(prefix).iri(), "zh")));
        } finally {
            ds.end();
        }
        return m;
    }

    @Test
    void everyLevelOfACitedProvisionIsDescribedUpToTheInstrument() throws Exception {
        Model m = graphOf("004");
        Resource para = m.createResource(MG.ID + "instrument/UNTOC/art/24/para/4");
        Resource art = m.createResource(MG.ID + "instrument/UNTOC/art/24");
        Resource untoc = m.createResource(MG.ID + "instrument/UNTOC");
        assertThat(m.contains(m.createResource(Seeds.document("004").iri() + "/pp/14"), MG.cites, para)).isTrue();
        assertThat(m.contains(para, RDF.type, MG.Provision)).isTrue();
        assertThat(m.contains(para, MG.partOf, art)).isTrue();
        assertThat(m.contains(art, RDF.type, MG.Provision)).isTrue();
        assertThat(m.contains(art, MG.partOf, untoc)).isTrue();
        assertThat(m.contains(untoc, RDF.type, MG.Instrument)).isTrue();
        assertThat(m.contains(para, RDFS.label, (RDFNode) null)).isTrue();
    }

    @Test
    void eachCitationKeepsItsSpanAsATextPositionSelector() throws Exception {
        Model m = graphOf("002");
        String op24 = Seeds.document("002").iri() + "/op/24";
        var citations = m.listObjectsOfProperty(m.createResource(op24), MG.citation).toList();
        assertThat(citations).isNotEmpty();
        boolean found = false;
        for (RDFNode c : citations) {
            Resource sel = c.asResource().getPropertyResourceValue(MG.evidence);
            assertThat(sel).isNotNull();
            assertThat(sel.hasProperty(RDF.type, m.createResource(DocumentMapper.OA + "TextPositionSelector"))).isTrue();
            String exact = sel.getProperty(m.createProperty(DocumentMapper.OA + "exact")).getString();
            if (c.asResource().hasProperty(MG.target, m.createResource(MG.ID + "instrument/UNTOC/art/14/para/2"))) {
                assertThat(exact).isEqualTo("第14条第2款");
                found = true;
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void citedDocumentsLinkToUndocsAndFootnoteCitationsNameTheirFootnote() throws Exception {
        Model m = graphOf("002");
        Resource a67156 = m.createResource(MG.ID + "doc/A/67/156");
        assertThat(m.contains(a67156, RDFS.seeAlso, m.createResource("https://undocs.org/A/67/156"))).isTrue();
        assertThat(m.contains(a67156, MG.respondsTo, m.createResource(MG.ID + "resolution/GA/66/181"))).isTrue();
        assertThat(m.listSubjectsWithProperty(MG.footnote, m.createResource(Seeds.document("002").iri() + "/fn/9"))
                .filterKeep(s -> s.hasProperty(RDF.type, MG.Citation)).toList()).hasSize(2);
    }
}
