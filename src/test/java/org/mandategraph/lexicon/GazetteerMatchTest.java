package org.mandategraph.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mandategraph.vocab.MG;

/**
 * The gazetteer's matcher on a small reference graph made here: leftmost-longest, non-overlapping, the longest
 * name of an allowed type winning at each position (a shorter one when the longer is of a type not asked for), a
 * name shared by two entries going to the first, spaces in the text ignored, whole names for {@code exact}.
 */
class GazetteerMatchTest {
    private static final Gazetteer G = new Gazetteer(model(), new MatchRules("zh", true, false, false));

    private static Model model() {
        Model m = ModelFactory.createDefaultModel();
        add(m, "UN", MG.Body, "联合国");
        add(m, "GA", MG.Body, "联合国大会");
        add(m, "GAP", MG.Instrument, "联合国大会主席声明");
        add(m, "A1", MG.Body, "工作组");
        add(m, "A2", MG.Instrument, "工作组");
        add(m, "HRC", MG.Body, "人权理事会", "理事会");
        return m;
    }

    private static void add(Model m, String code, Resource type, String... names) {
        Resource r = m.createResource("https://example.org/" + code).addProperty(RDF.type, type)
                .addProperty(SKOS.notation, code).addProperty(SKOS.prefLabel, names[0], "zh");
        for (int i = 1; i < names.length; i++) {
            r.addProperty(SKOS.altLabel, names[i], "zh");
        }
    }

    private static String found(String text, Set<Gazetteer.Type> types) {
        return G.find(text, types).stream().map(x -> x.entry().code() + "@" + x.span().start() + "-" + x.span().end())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // text | types (B body, I instrument) | matches
            "联合国大会决定                 | BI | GA@0-5",
            "联合国大会主席声明             | BI | GAP@0-9",
            "联合国大会主席声明             | B  | GA@0-5",
            "联合国大会主席声明             | I  | GAP@0-9",
            "请联合国和人权理事会           | B  | UN@1-4 HRC@5-10",
            "理事会与人权理事会             | B  | HRC@0-3 HRC@4-9",
            "联合国 大会                    | B  | GA@0-6",
            "工作组                         | BI | A1@0-3",
            "工作组                         | I  | A2@0-3",
            "联合                           | BI | ''",
    })
    void leftmostLongestOfTheTypesAsked(String text, String types, String expected) {
        Set<Gazetteer.Type> ts = EnumSet.noneOf(Gazetteer.Type.class);
        if (types.contains("B")) {
            ts.add(Gazetteer.Type.BODY);
        }
        if (types.contains("I")) {
            ts.add(Gazetteer.Type.INSTRUMENT);
        }
        assertThat(found(text, ts)).isEqualTo(expected);
    }

    @Test
    void exactNamesOnly() {
        Set<Gazetteer.Type> all = EnumSet.allOf(Gazetteer.Type.class);
        assertThat(G.exact("联合国 大会", all).map(Gazetteer.Entry::code)).contains("GA");
        assertThat(G.exact("联合国大", all)).isEmpty();
        assertThat(G.exact("工作组", Set.of(Gazetteer.Type.INSTRUMENT)).map(Gazetteer.Entry::code)).contains("A2");
        assertThat(List.of(G.exact("理事会", all).orElseThrow().code())).containsExactly("HRC");
    }
}
