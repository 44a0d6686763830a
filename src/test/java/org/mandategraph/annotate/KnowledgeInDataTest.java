package org.mandategraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.mandategraph.lexicon.AnaphorRules;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.lexicon.Kinds;
import org.mandategraph.lexicon.ReferenceData;
import org.mandategraph.lexicon.ResolutionSeries;
import org.mandategraph.lexicon.VerbLexicon;
import org.mandategraph.vocab.MG;

/** Every kind, code and property the code still names exists in {@code ontology/}, so data and code cannot drift apart. */
class KnowledgeInDataTest {
    private final Model data = ReferenceData.get().union();
    private final Kinds kinds = Kinds.get();

    @Test
    void everyKindUsedInTheDataIsDeclared() {
        Set<String> used = new TreeSet<>();
        data.listObjectsOfProperty(MG.kind).forEachRemaining(o -> used.add(o.asLiteral().getString()));
        assertThat(used).isNotEmpty();
        assertThat(kinds.codes()).containsAll(used);
    }

    @Test
    void everyKindTheAnaphoraRulesNameIsDeclared() {
        var rules = AnaphorRules.of("zh").rules();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(7);
        for (AnaphorRules.Rule r : rules) {
            assertThat(kinds.codes()).as(r.iri()).containsAll(r.kinds());
            assertThat(r.surfaces()).as(r.iri()).isNotEmpty();
        }
        // the resolution strategies name these kinds themselves
        assertThat(kinds.codes()).contains("office", "commission", "convention", "protocol");
    }

    @Test
    void kindsCarryWhatTheExtractorNeeds() {
        assertThat(kinds.adoptsResolutions("organ")).isTrue();
        assertThat(kinds.adoptsResolutions("office")).isFalse();
        assertThat(kinds.addressable("collective")).isTrue();
        assertThat(kinds.addressable("system")).isFalse();
        assertThat(kinds.addressable("office")).isTrue();
        assertThat(org.mandategraph.testing.Lexicons.gazetteer().entries().stream().filter(e -> e.kind() != null && kinds.adoptsResolutions(e.kind())))
                .as("bodies that adopt resolutions").extracting(Gazetteer.Entry::code).contains("GA", "ECOSOC", "CCPCJ");
    }

    @Test
    void everyDirectiveVerbNamesADeclaredSubPropertyOfTasks() {
        int directive = 0;
        for (String code : new String[] {"request", "call-upon", "urge", "encourage", "invite", "recommend"}) {
            VerbLexicon.Verb v = org.mandategraph.testing.Lexicons.verbs().byCode(code).orElseThrow();
            assertThat(v.taskProperty()).as(code).isNotNull();
            Resource p = data.getResource(v.taskProperty());
            assertThat(data.contains(p, RDFS.subPropertyOf, (RDFNode) MG.tasks)).as(code + " " + p).isTrue();
            directive++;
        }
        assertThat(directive).isEqualTo(6);
    }

    @Test
    void resolutionSeriesBelongToBodies() {
        assertThat(ResolutionSeries.prefix("GA")).isEqualTo("A/RES/");
        assertThat(ResolutionSeries.bodyOf("E/RES/2012/19")).isEqualTo("ECOSOC");
        assertThat(ResolutionSeries.bodyOf("A/HRC/RES/7/1")).isEqualTo("HRC");
        for (String code : new String[] {"GA", "SC", "ECOSOC", "HRC"}) {
            assertThat(org.mandategraph.testing.Lexicons.gazetteer().byCode(code)).as(code).isPresent();
        }
    }

    @Test
    void bodyCodesTheResolverNamesExist() {
        // CitationResolver decides a number's issuer by its shape among these
        for (String code : new String[] {"GA", "SC", "ECOSOC", "HRC"}) {
            assertThat(org.mandategraph.testing.Lexicons.gazetteer().byCode(code)).as(code).isPresent();
        }
    }
}
