package org.mandategraph.rdf;

import org.mandategraph.lexicon.ReferenceData;
import org.mandategraph.vocab.Iris;
import org.mandategraph.vocab.MG;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.RDF;
import org.mandategraph.testing.Seeds;
import org.junit.jupiter.api.Test;

/** The seeds' graph conforms to {@code ontology/shapes.ttl}, and the shapes do catch a broken graph. */
class ShapesTest {
    private static final Shapes SHAPES = Shapes.parse(ReferenceData.load(ReferenceData.SHAPES).getGraph());

    static Model seedsWithReferenceData() throws Exception {
        Model m = ModelFactory.createDefaultModel();
        m.add(Seeds.batch().dataset().getUnionModel());
        m.add(ReferenceData.get().union());
        return m;
    }

    @Test
    void seedsConform() throws Exception {
        ValidationReport r = ShaclValidator.get().validate(SHAPES, seedsWithReferenceData().getGraph());
        if (!r.conforms()) {
            ShLib.printReport(r);
        }
        assertThat(r.conforms()).isTrue();
    }

    @Test
    void aParagraphWithoutTextViolates() throws Exception {
        Model m = seedsWithReferenceData();
        var p = m.getResource(Iris.paragraph(Iris.resolution("GA", "66/177"),
                org.mandategraph.document.ParagraphKind.OPERATIVE, "12"));
        m.removeAll(p, MG.text, null);
        Graph g = m.getGraph();
        ValidationReport r = ShaclValidator.get().validate(SHAPES, g);
        assertThat(r.conforms()).isFalse();
        assertThat(r.getEntries()).anyMatch(e -> e.focusNode().equals(NodeFactory.createURI(p.getURI())));
    }

    @Test
    void aMandateWithoutAddresseeViolates() throws Exception {
        Model m = seedsWithReferenceData();
        var mandate = m.createResource(MG.ID + "test/mandate");
        mandate.addProperty(RDF.type, MG.Mandate);
        mandate.addProperty(MG.verb, m.createResource(Iris.verb("request")));
        ValidationReport r = ShaclValidator.get().validate(SHAPES, m.getGraph());
        assertThat(r.conforms()).isFalse();
    }
}
