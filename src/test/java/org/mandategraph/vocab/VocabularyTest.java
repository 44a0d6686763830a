package org.mandategraph.vocab;

import org.mandategraph.lexicon.ReferenceData;
import org.mandategraph.vocab.Iris;
import org.mandategraph.vocab.MG;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Every constant of {@link MG} is declared in the ontology, labelled in en and zh, commented, and named after itself. */
class VocabularyTest {
    private final Model ontology = ReferenceData.load("mandategraph.ttl");

    static List<Resource> constants() throws IllegalAccessException {
        List<Resource> out = new ArrayList<>();
        for (Field f : MG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                assertThat(r.getLocalName()).as("constant %s is named after its local name", f.getName())
                        .isEqualTo(f.getName());
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void everyConstantIsDeclaredLabelledAndCommented() throws IllegalAccessException {
        List<Resource> cs = constants();
        assertThat(cs).hasSizeGreaterThan(60);
        for (Resource c : cs) {
            Resource r = ontology.getResource(c.getURI());
            assertThat(r.hasProperty(RDF.type, OWL.Class) || r.hasProperty(RDF.type, OWL.ObjectProperty)
                    || r.hasProperty(RDF.type, OWL.DatatypeProperty) || r.hasProperty(RDF.type, OWL.AnnotationProperty)
                    || r.hasProperty(RDF.type, RDF.Property))
                    .as("%s is declared in ontology/mandategraph.ttl", c).isTrue();
            assertThat(r.listProperties(RDFS.label).toList()).as("labels of %s", c)
                    .anyMatch(s -> s.getLiteral().getLanguage().equals("en"))
                    .anyMatch(s -> s.getLiteral().getLanguage().startsWith("zh"));
            assertThat(r.hasProperty(RDFS.comment)).as("comment on %s", c).isTrue();
        }
    }

    @Test
    void directiveVerbsCarryTheirTaskProperty() {
        Model verbs = ReferenceData.load("verbs.ttl");
        for (String code : List.of("request", "call-upon", "urge", "encourage", "invite", "recommend")) {
            Resource v = verbs.getResource(Iris.verb(code));
            assertThat(v.getPropertyResourceValue(MG.taskProperty)).as("task property of %s", code).isNotNull();
            assertThat(v.getPropertyResourceValue(MG.taskProperty).getURI()).startsWith(MG.NS);
        }
    }
}
