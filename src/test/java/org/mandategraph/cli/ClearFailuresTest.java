package org.mandategraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.ingest.BatchResult;
import org.mandategraph.store.Store;

/**
 * Failures a user meets before any work is done — a store held by a running {@code serve} (another JVM, as TDB2's
 * lock is per process), an output file that cannot be written — are one line naming the store or the file, never
 * a stack trace.
 */
class ClearFailuresTest {
    static final String F000 = "seeds/000_eea1a508a6c70b7c.txt";

    @TempDir
    Path tmp;

    static void assertOneLine(StoreCommandsTest.Run r, String... parts) {
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).contains(parts).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void loadAndQueryOnAStoreThatServeHoldsSayItIsInUse() throws Exception {
        Path dir = tmp.resolve("store");
        try (Store s = Store.open(dir)) {
            s.load(BatchResult.extract(Extractor.standard(), List.of(Path.of(F000)), new PrintWriter(new StringWriter())),
                    new PrintWriter(new StringWriter()));
        }
        Path work = Files.createDirectories(tmp.resolve("work"));
        Process p = ServeCommandTest.serve(work, "--store", dir.toString(), "--port", "0");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            boolean ready = false;
            for (String line; !ready && (line = out.readLine()) != null; ) {
                lines.add(line);
                ready = ServeCommandTest.READY.matcher(line).find();
            }
            assertThat(ready).as(String.join("\n", lines)).isTrue();

            StoreCommandsTest.Run load = StoreCommandsTest.run("load", "--store", dir.toString(), F000);
            assertThat(load.code()).isEqualTo(1);
            assertOneLine(load, "mandategraph load: the store at " + dir, "in use by another process", "serve");
            assertThat(load.out()).doesNotContain("documents");

            StoreCommandsTest.Run query = StoreCommandsTest.run("query", "--store", dir.toString(), "documents");
            assertThat(query.code()).isEqualTo(1);
            assertOneLine(query, "mandategraph query: the store at " + dir, "in use by another process");

            StoreCommandsTest.Run export = StoreCommandsTest.run("export", "--store", dir.toString(), "--format", "nt",
                    "-o", tmp.resolve("x.nt").toString());
            assertThat(export.code()).isEqualTo(1);
            assertOneLine(export, "mandategraph export: the store at " + dir, "in use by another process");
        } finally {
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void extractToAFolderThatDoesNotExistFailsBeforeReading() {
        Path out = tmp.resolve("no-such-folder").resolve("out.ttl");
        StoreCommandsTest.Run r = StoreCommandsTest.run("extract", "--format", "ttl", "-o", out.toString(), F000);
        assertThat(r.code()).isEqualTo(2);
        assertOneLine(r, "mandategraph extract: cannot write " + out, "no such folder");
        assertThat(r.err()).doesNotContain("documents");
        assertThat(out).doesNotExist();
    }

    @Test
    void exportIntoAPathUnderARegularFileOrOntoAFolderFailsBeforeExporting() throws Exception {
        StoreCommandsTest.Run loaded = StoreCommandsTest.run("load", "--store", tmp.resolve("s").toString(), F000);
        assertThat(loaded.code()).as(loaded.err()).isZero();
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        Path under = file.resolve("out.ttl");
        StoreCommandsTest.Run r = StoreCommandsTest.run("export", "--store", tmp.resolve("s").toString(), "--format", "ttl",
                "-o", under.toString());
        assertThat(r.code()).isEqualTo(2);
        assertOneLine(r, "mandategraph export: cannot write " + under, "is not a folder");

        StoreCommandsTest.Run dir = StoreCommandsTest.run("export", "--store", tmp.resolve("s").toString(), "--format", "ttl",
                "-o", tmp.toString());
        assertThat(dir.code()).isEqualTo(2);
        assertOneLine(dir, "cannot write " + tmp, "is a folder");
    }
}
