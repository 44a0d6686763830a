package org.mandategraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandategraph.testing.Seeds;

/**
 * Mandates on the seeds against gold: {@code gold-dev} for 000 (copied), our own annotation by SPEC §5 for
 * 002–004; 001 is a report and has none. Keys are (paragraph, addressee) as score.py counts them; verbs are
 * checked on the matched keys.
 */
class SeedMandatesTest {
    private static final Path GOLD = Path.of("src/test/resources/gold/mandates.tsv");

    /** (paragraph, addressee) → verbs, for one seed. */
    static Map<String, Set<String>> gold(String prefix) throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String line : Files.readAllLines(GOLD, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].equals(prefix)) {
                out.computeIfAbsent(f[1] + " " + f[3], k -> new TreeSet<>()).add(f[2]);
            }
        }
        return out;
    }

    static Map<String, Set<String>> extracted(String prefix) throws IOException {
        AnnotatedDocument d = Seeds.document(prefix);
        Map<String, Set<String>> out = new TreeMap<>();
        for (Mandate m : d.mandates()) {
            String n = d.document().paragraphs().get(m.locus().paragraph()).number();
            String a = m.addresseeIri().substring(m.addresseeIri().lastIndexOf('/') + 1);
            out.computeIfAbsent(n + " " + a, k -> new TreeSet<>()).add(m.verbCode());
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"000", "002", "003", "004"})
    void mandatesMatchGold(String prefix) throws IOException {
        Map<String, Set<String>> gold = gold(prefix);
        Map<String, Set<String>> got = extracted(prefix);
        Set<String> both = new HashSet<>(gold.keySet());
        both.retainAll(got.keySet());
        double precision = got.isEmpty() ? 0 : (double) both.size() / got.size();
        double recall = (double) both.size() / gold.size();
        long verbsRight = both.stream().filter(k -> gold.get(k).equals(got.get(k))).count();
        String diff = "missed " + minus(gold.keySet(), got.keySet()) + ", spurious " + minus(got.keySet(), gold.keySet())
                + ", verbs wrong " + both.stream().filter(k -> !gold.get(k).equals(got.get(k)))
                .map(k -> k + " " + gold.get(k) + "≠" + got.get(k)).toList();
        assertThat(precision).as("precision of %s: %s", prefix, diff).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("recall of %s: %s", prefix, diff).isGreaterThanOrEqualTo(0.95);
        assertThat((double) verbsRight / both.size()).as("verb accuracy of %s: %s", prefix, diff).isGreaterThanOrEqualTo(0.95);
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> s = new TreeSet<>(a);
        s.removeAll(b);
        return s;
    }

    @Test
    void theReportHasNoMandates() throws IOException {
        assertThat(Seeds.document("001").mandates()).isEmpty();
        assertThat(Seeds.document("001").leadVerbs()).isEmpty();
    }

    @Test
    void flagshipQueryFindsExactlyTheParagraphsTaskingUnodcWithTechnicalAssistance() throws IOException {
        String q = """
                PREFIX mg: <https://w3id.org/mandategraph/ontology#>
                SELECT DISTINCT ?file ?n WHERE {
                  GRAPH ?g {
                    ?m a mg:Mandate ; mg:inParagraph ?p ;
                       mg:addressee <https://w3id.org/mandategraph/id/body/UNODC> ;
                       mg:topic <https://w3id.org/mandategraph/id/topic/technical-assistance> .
                    ?p a mg:OperativeParagraph ; mg:number ?n ; mg:partOf ?doc ;
                       mg:tasks <https://w3id.org/mandategraph/id/body/UNODC> .
                    ?doc mg:sourceFile ?file .
                  }
                }""";
        Map<String, Set<Integer>> found = new TreeMap<>();
        try (QueryExecution qe = QueryExecution.dataset(Seeds.batch().dataset()).query(q).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                found.computeIfAbsent(s.getLiteral("file").getString().substring(0, 3), k -> new TreeSet<>())
                        .add(Integer.parseInt(s.getLiteral("n").getString()));
            }
        }
        assertThat(found).isEqualTo(Map.of(
                "000", Set.of(12, 13, 16),
                "002", Set.of(5, 8, 11, 12, 14, 17, 19, 25, 34, 35, 38),
                "003", Set.of(15),
                "004", Set.of(15)));
    }

    @Test
    void goldAgreesWithTheFlagshipList() throws IOException {
        Map<String, List<Integer>> fromGold = new TreeMap<>();
        for (String line : Files.readAllLines(GOLD, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (!line.startsWith("#") && f.length > 4 && f[3].equals("UNODC") && f[4].contains("technical-assistance")) {
                fromGold.computeIfAbsent(f[0], k -> new java.util.ArrayList<>()).add(Integer.parseInt(f[1]));
            }
        }
        assertThat(fromGold.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue()))))
                .isEqualTo(Map.of("000", Set.of(12, 13, 16), "002", Set.of(5, 8, 11, 12, 14, 17, 19, 25, 34, 35, 38),
                        "003", Set.of(15), "004", Set.of(15)));
    }
}
