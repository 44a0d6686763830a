package org.mandategraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mandategraph.ingest.BatchResult;
import org.mandategraph.ingest.Extractor;

/**
 * A canned query rewritten for speed gives exactly the rows of the form it replaced. The replaced forms are kept
 * in {@code original-queries/} (same file name as in {@code queries/}); both run on one TDB2 store holding the
 * seeds, every test corpus and the English versions, and their results must be equal as multisets of rows, term by
 * term (a paged question with its page lines, LIMIT and OFFSET, taken out). A rewrite that drops, adds or duplicates
 * a row fails here. The store is bulk-loaded; {@code SummaryTest} compares the questions again after later changes.
 */
class RewrittenQueriesTest {
    static final Path ORIGINALS = Path.of("src/test/resources/org/mandategraph/store/original-queries");
    static Store store;
    static Path dir;

    @BeforeAll
    static void load() throws IOException {
        dir = Files.createTempDirectory("mg-rewritten");
        store = Store.open(dir);
        List<Path> inputs = new ArrayList<>(List.of(SeedStore.SEEDS, Path.of("src/test/resources/versions")));
        try (Stream<Path> s = Files.list(Path.of("src/test/resources"))) {
            s.filter(p -> p.getFileName().toString().startsWith("corpus")).sorted().forEach(c -> {
                try (Stream<Path> files = Files.list(c)) {
                    files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.(txt|md)$")).sorted().forEach(inputs::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        StringWriter err = new StringWriter();
        BatchResult batch = BatchResult.extract(Extractor.standard(), inputs, new PrintWriter(err));
        store.load(batch, new PrintWriter(err));
        assertThat(store.documentIris().size()).as("documents loaded: " + err).isGreaterThan(50);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    /** The web page's rewritten requests, copied from its scripts (page/NAME.rq beside original-queries/page/NAME.rq). */
    static final Path PAGE = Path.of("src/test/resources/org/mandategraph/store/page-queries");

    static Stream<String> rewritten() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(ORIGINALS)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().forEach(out::add);
        }
        try (Stream<Path> s = Files.list(ORIGINALS.resolve("page"))) {
            s.map(p -> "page/" + p.getFileName()).filter(n -> n.endsWith(".rq")).sorted().forEach(out::add);
        }
        return out.stream();
    }

    /** Where the rewritten form of {@code file} lives: the canned query, or the page's request. */
    static Path rewrittenForm(String file) {
        return file.startsWith("page/") ? PAGE.resolve(file.substring(5)) : Path.of("queries", file);
    }

    static ResultSetRewindable select(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                return ResultSetFactory.makeRewindable(qe.execSelect());
            }
        });
    }

    @ParameterizedTest
    @MethodSource("rewritten")
    void theRewrittenQueryGivesTheOriginalsRows(String file) throws IOException {
        ResultSetRewindable original = select(Files.readString(ORIGINALS.resolve(file)));
        ResultSetRewindable now = select(SummaryTest.unpaged(Files.readString(rewrittenForm(file))));
        assertThat(original.size()).as("the original has rows to compare").isPositive();
        assertThat(now.size()).as("rows").isEqualTo(original.size());
        original.reset();
        now.reset();
        assertThat(ResultSetCompare.equalsByTerm(original, now)).as(file + ": same rows, term by term").isTrue();
    }
}
