package org.mandategraph.annotate;

import org.mandategraph.ingest.Extractor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.mandategraph.ingest.BatchResult;
import org.mandategraph.testing.GoldScore;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Extraction held to independent gold: documents written for these tests by people who had not seen the extractor
 * or its output (src/test/resources/corpus*), annotated by SPEC §5 before the extractor was run on them.
 */
class CorpusGoldTest {
    private static final Map<String, GoldScore> SCORES = new HashMap<>();

    static synchronized GoldScore score(String corpus) throws Exception {
        GoldScore s = SCORES.get(corpus);
        if (s == null) {
            Path dir = Path.of("src/test/resources", corpus);
            StringWriter err = new StringWriter();
            BatchResult b = BatchResult.extract(Extractor.standard(), List.of(dir), new PrintWriter(err));
            assertThat(b.failures()).as(err.toString()).isZero();
            Model m = ModelFactory.createDefaultModel();
            m.add(b.dataset().getUnionModel());
            Set<String> prefixes = GoldScore.rows(dir.resolve("gold/documents.tsv")).stream().map(r -> r.get(0))
                    .collect(Collectors.toSet());
            assertThat(prefixes).hasSizeGreaterThanOrEqualTo(2);
            s = new GoldScore(m, prefixes);
            SCORES.put(corpus, s);
        }
        return s;
    }

    static Path gold(String corpus, String file) {
        return Path.of("src/test/resources", corpus, "gold", file);
    }

    @ParameterizedTest
    // corpus B (real-world styles: web-page chrome, half-width punctuation, fragments) so far for its mandates only:
    // its old-style 1/ footnotes are not yet linked, so its citations and responses are below the bar
    @ValueSource(strings = {"corpus", "corpus2", "corpus3", "corpus4", "corpus5", "corpus6", "corpus7", "corpus8", "corpus9", "corpusA",
            "corpusB"})
    void mandates(String corpus) throws Exception {
        GoldScore.Prf p = score(corpus).mandates(gold(corpus, "mandates.tsv"));
        assertThat(p.gold()).isGreaterThan(20);
        assertThat(p.f1()).as("missed %s, spurious %s", p.missed(), p.spurious()).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest
    @ValueSource(strings = {"corpus", "corpus2", "corpus3", "corpus4", "corpus5", "corpus6", "corpus7", "corpus8", "corpus9", "corpusA"})
    void citations(String corpus) throws Exception {
        GoldScore.Prf p = score(corpus).citations(gold(corpus, "citations.tsv"));
        assertThat(p.gold()).isGreaterThan(60);
        assertThat(p.f1()).as("missed %s, spurious %s", p.missed(), p.spurious()).isGreaterThanOrEqualTo(0.95);
        assertThat(p.missed().stream().filter(k -> k.get(2).matches(".* (art|chap|para)\\..*")))
                .as("provisions are cited at the finest grain").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"corpus", "corpus2", "corpus3", "corpus4", "corpus5", "corpus6", "corpus7", "corpus8", "corpus9", "corpusA"})
    void responses(String corpus) throws Exception {
        GoldScore.Prf p = score(corpus).responses(gold(corpus, "responds.tsv"));
        assertThat(p.gold()).isPositive();
        assertThat(p.f1()).as("missed %s, spurious %s", p.missed(), p.spurious()).isEqualTo(1.0);
    }

    /**
     * Real English resolutions of the General Assembly (eightieth session, text from the UN's PDFs), annotated by
     * hand before the English rules were written; the bars are those of the English issue.
     */
    @Test
    void englishResolutions() throws Exception {
        meetsBars("corpus-en", 60, 0.88, 300, 0.95);
    }

    /**
     * The first held-out English set, development data since its errors were opened (stop 20): held to the English
     * issue's bars, documents 0.95, mandates and citations F1 0.9.
     */
    @Test
    void englishResolutionsOnceHeldOut() throws Exception {
        meetsBars("corpus-en-heldout", 30, 0.9, 0, 0.9);
    }

    /** Documents 0.95 field by field, and more gold mandates and citations than given, found to the F1 given. */
    private void meetsBars(String corpus, int mandates, double mandatesF1, int citations, double citationsF1) throws Exception {
        GoldScore.DocumentScore d = score(corpus).documents(gold(corpus, "documents.tsv"));
        assertThat(d.accuracy()).as("document misses %s", d.misses()).isGreaterThanOrEqualTo(0.95);
        GoldScore.Prf m = score(corpus).mandates(gold(corpus, "mandates.tsv"));
        assertThat(m.gold()).isGreaterThan(mandates);
        assertThat(m.f1()).as("missed %s, spurious %s", m.missed(), m.spurious()).isGreaterThanOrEqualTo(mandatesF1);
        GoldScore.Prf c = score(corpus).citations(gold(corpus, "citations.tsv"));
        assertThat(c.gold()).isGreaterThan(citations);
        assertThat(c.f1()).as("missed %s, spurious %s", c.missed(), c.spurious()).isGreaterThanOrEqualTo(citationsF1);
    }
}
