package org.mandategraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.mandategraph.rdf.BatchResult;
import org.mandategraph.testing.GoldScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction held to an independent gold: four documents written for this test by someone who had not seen the
 * extractor's output (src/test/resources/corpus), annotated by SPEC §5 before the extractor was run on them.
 */
class CorpusGoldTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path GOLD = CORPUS.resolve("gold");
    private static GoldScore score;

    @BeforeAll
    static void extract() throws Exception {
        StringWriter err = new StringWriter();
        BatchResult b = BatchResult.extract(Extractor.standard(), List.of(CORPUS), new PrintWriter(err));
        assertThat(b.failures()).as(err.toString()).isZero();
        Model m = ModelFactory.createDefaultModel();
        m.add(b.dataset().getUnionModel());
        Set<String> prefixes = GoldScore.rows(GOLD.resolve("documents.tsv")).stream().map(r -> r.get(0))
                .collect(Collectors.toSet());
        assertThat(prefixes).hasSize(4);
        score = new GoldScore(m, prefixes);
    }

    @Test
    void mandates() throws Exception {
        GoldScore.Prf p = score.mandates(GOLD.resolve("mandates.tsv"));
        assertThat(p.gold()).isGreaterThan(50);
        assertThat(p.f1()).as("missed %s, spurious %s", p.missed(), p.spurious()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void citations() throws Exception {
        GoldScore.Prf p = score.citations(GOLD.resolve("citations.tsv"));
        assertThat(p.gold()).isGreaterThan(90);
        assertThat(p.f1()).as("missed %s, spurious %s", p.missed(), p.spurious()).isGreaterThanOrEqualTo(0.95);
        assertThat(p.missed().stream().filter(k -> k.get(2).matches(".* (art|chap|para)\\..*")))
                .as("provisions are cited at the finest grain").isEmpty();
    }

    @Test
    void responses() throws Exception {
        GoldScore.Prf p = score.responses(GOLD.resolve("responds.tsv"));
        assertThat(p.gold()).isEqualTo(3);
        assertThat(p.f1()).as("missed %s, spurious %s", p.missed(), p.spurious()).isEqualTo(1.0);
    }
}
