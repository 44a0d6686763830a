package org.mandategraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.ParagraphKind;

class CorpusGeneratorTest {
    private static final int N = 20;
    private static Extractor extractor;
    private static CorpusGenerator generator;

    @BeforeAll
    static void seeds() throws IOException {
        extractor = Extractor.standard();
        generator = CorpusGenerator.fromSeeds(Path.of("seeds"), extractor);
    }

    @Test
    void sameSeedGivesByteIdenticalCorpus(@TempDir Path a, @TempDir Path b, @TempDir Path c) throws IOException {
        generator.generate(N, 7, a);
        generator.generate(N, 7, b);
        generator.generate(N, 8, c);
        List<Path> fa = files(a);
        assertThat(fa).hasSize(N);
        assertThat(files(b).stream().map(p -> p.getFileName().toString()))
                .containsExactlyElementsOf(fa.stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : fa) {
            assertThat(Files.readAllBytes(b.resolve(f.getFileName()))).isEqualTo(Files.readAllBytes(f));
        }
        assertThat(CorpusGenerator.fingerprint(files(b))).isEqualTo(CorpusGenerator.fingerprint(fa));
        assertThat(CorpusGenerator.fingerprint(files(c))).isNotEqualTo(CorpusGenerator.fingerprint(fa));
    }

    @Test
    void everyDocumentExtractsWithTheParagraphsItWasGivenAndItsOwnIri(@TempDir Path out) throws IOException {
        List<CorpusGenerator.Generated> generated = generator.generate(N, 1, out);
        assertThat(generated).hasSize(N);
        assertThat(generated.stream().map(CorpusGenerator.Generated::template).distinct()).hasSize(generator.templateCount());
        Set<String> iris = new HashSet<>();
        for (CorpusGenerator.Generated g : generated) {
            AnnotatedDocument ad = extractor.extract(g.file());
            Map<ParagraphKind, Integer> counts = new EnumMap<>(ParagraphKind.class);
            for (Paragraph p : ad.document().paragraphs()) {
                counts.merge(p.kind(), 1, Integer::sum);
            }
            assertThat(counts).as("paragraphs of %s (from %s)", g.file().getFileName(), g.template()).isEqualTo(g.paragraphs());
            // operative and report paragraphs are renumbered 1…n in order
            for (ParagraphKind k : List.of(ParagraphKind.OPERATIVE, ParagraphKind.REPORT)) {
                List<String> numbers = ad.document().paragraphs(k).stream().map(Paragraph::number).toList();
                for (int i = 0; i < numbers.size(); i++) {
                    assertThat(numbers.get(i)).as("%s %s paragraph %d", g.file().getFileName(), k, i + 1).isEqualTo(String.valueOf(i + 1));
                }
            }
            assertThat(iris.add(ad.iri())).as("unique IRI %s", ad.iri()).isTrue();
            if (g.identifier().contains("/")) {
                assertThat(ad.document().header().number()).isEqualTo(g.identifier());
            }
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
