package org.mandategraph.language.zh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mandategraph.language.CitationFinder;
import org.mandategraph.language.CitationToken;
import org.mandategraph.testing.Lexicons;

/**
 * {@link ChineseCitationFinder#names} finds the names without the rest of the grammar; it must give exactly the
 * names {@link ChineseCitationFinder#tokens} gives, in the same order (the interface's default), on every line and
 * every whole text of the seeds and the Chinese test corpora.
 */
class ChineseCitationNamesTest {
    private static final ChineseCitationFinder FINDER = new ChineseCitationFinder(Lexicons.gazetteer());

    /** The interface's own definition, over tokens(). */
    private static final CitationFinder BY_TOKENS = FINDER::tokens;

    @Test
    void namesAreTheNamesOfTheTokens() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("seeds", "src/test/resources/corpus", "src/test/resources/corpus2")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList()) {
                    String t = Files.readString(f);
                    texts.add(t);
                    texts.addAll(List.of(t.split("\n")));
                }
            }
        }
        int names = 0;
        for (String t : texts) {
            List<CitationToken> fast = FINDER.names(t);
            assertThat(fast).as(t).isEqualTo(BY_TOKENS.names(t));
            names += fast.size();
        }
        assertThat(names).as("names found in all").isGreaterThan(100);
    }
}
