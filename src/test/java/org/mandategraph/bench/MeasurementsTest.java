package org.mandategraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The arithmetic and parsing behind the figures of {@code bench run} (no timing is measured here). */
class MeasurementsTest {
    @Test
    void percentilesAreNearestRank() {
        double[] v = new double[20];
        for (int i = 0; i < v.length; i++) {
            v[i] = i + 1;
        }
        assertThat(RunCommand.pct(v, 0.5)).isEqualTo(10);
        assertThat(RunCommand.pct(v, 0.99)).isEqualTo(20);
        assertThat(RunCommand.pct(new double[] {7}, 0.99)).isEqualTo(7);
        assertThat(RunCommand.pct(new double[0], 0.5)).isNaN();
    }

    @Test
    void peakHeapAndFullCollectionsComeFromTheGcLog(@TempDir Path dir) throws IOException {
        Path log = dir.resolve("x.gc.log");
        Files.writeString(log, """
                [0.012s][info][gc] Using G1
                [1.234s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.345ms
                [5.678s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 1500M->900M(2048M) 12.0ms
                [9.000s][info][gc] GC(2) Pause Full (G1 Compaction Pause) 1200M->700M(4096M) 300.1ms
                """);
        assertThat(Child.heapPeak(log)).containsExactly(1500, 4096, 1);
        assertThat(Child.heapPeak(dir.resolve("missing.log"))).containsExactly(0, 0, 0);
    }

    @Test
    void folderSizeCountsEveryFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.write(dir.resolve("a/b/f"), new byte[100_000]);
        assertThat(RunCommand.duBytes(dir)).isGreaterThanOrEqualTo(100_000);
        assertThat(RunCommand.duBytes(dir.resolve("none"))).isZero();
    }
}
