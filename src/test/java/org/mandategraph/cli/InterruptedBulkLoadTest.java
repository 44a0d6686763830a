package org.mandategraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandategraph.store.Store;
import org.mandategraph.store.StoreValidator;

/**
 * A bulk load (the first load into a store) killed part-way leaves a store that says it is incomplete: every command
 * refuses it in one line, and the next {@code load} rebuilds it. Never a store silently holding part of a load.
 */
class InterruptedBulkLoadTest {
    static final String MARKER = "bulk-load.incomplete";
    static final Path SEEDS = Path.of("seeds").toAbsolutePath();

    @TempDir
    Path tmp;

    static Process load(Path store, Path input) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, MandateGraphCommand.class.getName(), "load", "--store", store.toString(), input.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void aLoadKilledDuringItsBulkLoadLeavesAStoreThatSaysSoAndTheNextLoadRebuildsIt() throws Exception {
        Path dir = tmp.resolve("store");
        Process p = load(dir, SEEDS);
        // kill -9 as soon as the bulk load has begun (its marker is written before the first quad)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && !Files.exists(dir.resolve(MARKER)) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        if (Files.exists(dir.resolve(MARKER))) {
            StoreCommandsTest.Run q = StoreCommandsTest.run("query", "--store", dir.toString(), "documents");
            assertThat(q.code()).isEqualTo(1);
            ClearFailuresTest.assertOneLine(q, "mandategraph query: the store at " + dir + " is incomplete", "load");
            StoreCommandsTest.Run e = StoreCommandsTest.run("export", "--store", dir.toString(), "--format", "nq",
                    "-o", tmp.resolve("x.nq").toString());
            assertThat(e.code()).isEqualTo(1);
            ClearFailuresTest.assertOneLine(e, "mandategraph export: the store at " + dir + " is incomplete");
            assertThat(tmp.resolve("x.nq")).doesNotExist();
        } else {
            // the load finished before the kill: then it is whole
            try (Store s = Store.open(dir)) {
                assertThat(s.documentIris()).hasSize(5);
            }
        }

        Path one = SEEDS.resolve("003_7a09240912a16a89.txt");
        StoreCommandsTest.Run again = StoreCommandsTest.run("load", "--store", dir.toString(), one.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(dir.resolve(MARKER)).doesNotExist();
        try (Store s = Store.open(dir)) {
            assertThat(s.documentIris()).isNotEmpty();
            assertThat(s.tripleCount()).isEqualTo(s.countTriples());
            assertThat(StoreValidator.validate(s.datasetGraph()).conforms()).isTrue();
        }
    }

    @Test
    void loadIntoAStoreMarkedIncompleteSaysItRebuildsAndKeepsOnlyTheNewInputs() throws Exception {
        Path dir = tmp.resolve("store");
        StoreCommandsTest.Run first = StoreCommandsTest.run("load", "--store", dir.toString(), SEEDS.toString());
        assertThat(first.code()).as(first.err()).isZero();
        Files.writeString(dir.resolve(MARKER), ""); // as a crash mid-bulk-load leaves it

        StoreCommandsTest.Run v = StoreCommandsTest.run("validate", "--store", dir.toString());
        assertThat(v.code()).isEqualTo(1);
        ClearFailuresTest.assertOneLine(v, "mandategraph validate: the store at " + dir + " is incomplete");

        Path one = SEEDS.resolve("003_7a09240912a16a89.txt");
        StoreCommandsTest.Run r = StoreCommandsTest.run("load", "--store", dir.toString(), one.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("the store at " + dir + " was left incomplete by an interrupted bulk load")
                .contains("rebuilt from these inputs");
        assertThat(r.out()).contains("load: 1 documents");
        try (Store s = Store.open(dir)) {
            assertThat(s.documentIris()).containsExactly("https://w3id.org/mandategraph/id/resolution/ECOSOC/2012/19");
            assertThat(StoreValidator.validate(s.datasetGraph()).conforms()).isTrue();
        }
    }
}
