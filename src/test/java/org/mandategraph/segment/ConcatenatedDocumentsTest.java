package org.mandategraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandategraph.ingest.BatchResult;
import org.mandategraph.ingest.Extractor;

/**
 * A file holding several documents one after another (issue 11, point 5: a 60 MB file of resolutions yielded only
 * the first, silently) is said to, in one line naming the file; no single document of any corpus is.
 */
class ConcatenatedDocumentsTest {
    private static final String SEVERAL = "seems to hold several documents";

    @TempDir
    Path tmp;

    private static String extract(List<Path> inputs) {
        StringWriter err = new StringWriter();
        BatchResult.extract(Extractor.standard(), inputs, new PrintWriter(err));
        return err.toString();
    }

    private static List<Path> files(String folder) throws IOException {
        try (Stream<Path> s = Files.list(Path.of(folder))) {
            return s.filter(f -> f.toString().matches(".*\\.(txt|md)$")).sorted().toList();
        }
    }

    @Test
    void twoResolutionsInOneFileAreSaidToBeSeveral() throws IOException {
        List<Path> seeds = files("seeds");
        Path both = tmp.resolve("two-resolutions.txt");
        Files.writeString(both, Files.readString(seeds.get(3)) + "\n\n" + Files.readString(seeds.get(0)));
        String err = extract(List.of(both));
        assertThat(err.lines().filter(l -> l.contains(SEVERAL)).toList()).as(err).hasSize(1)
                .allSatisfy(l -> assertThat(l).contains("two-resolutions.txt"));
    }

    @Test
    void twoEnglishResolutionsInOneFileAreSaidToBeSeveral() throws IOException {
        List<Path> en = files("src/test/resources/corpus-en");
        Path both = tmp.resolve("two-en.txt");
        Files.writeString(both, Files.readString(en.get(0)).replaceFirst("(?s)^---.*?\\n---\\n", "") + "\n\n"
                + Files.readString(en.get(1)).replaceFirst("(?s)^---.*?\\n---\\n", ""));
        String err = extract(List.of(both));
        assertThat(err).contains(SEVERAL);
    }

    @Test
    void noSingleDocumentOfAnyCorpusIsSaidToBeSeveral() throws IOException {
        List<Path> inputs = new ArrayList<>(files("seeds"));
        try (Stream<Path> s = Files.list(Path.of("src/test/resources"))) {
            for (Path c : s.filter(p -> p.getFileName().toString().startsWith("corpus")).sorted().toList()) {
                inputs.addAll(files(c.toString()));
            }
        }
        assertThat(inputs).hasSizeGreaterThan(60);
        String err = extract(inputs);
        assertThat(err.lines().filter(l -> l.contains(SEVERAL)).toList()).isEmpty();
    }
}
