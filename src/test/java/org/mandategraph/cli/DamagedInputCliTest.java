package org.mandategraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user sees the choice made for a damaged file: {@code load} reads it on with one warning naming the file and
 * the byte, and {@code --strict-decoding} refuses it in one line while the rest of the folder still loads.
 */
class DamagedInputCliTest {
    @TempDir
    Path tmp;

    Path folder() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("seeds/001_faf187f29e8867b8.txt"), in.resolve("intact.txt"));
        byte[] utf8 = Files.readAllBytes(Path.of("seeds/000_eea1a508a6c70b7c.txt"));
        Files.write(in.resolve("cut.txt"), Arrays.copyOf(utf8, utf8.length - 1));
        return in;
    }

    @Test
    void byDefaultTheCutFileLoadsWithAWarning() throws Exception {
        Path in = folder();
        StoreCommandsTest.Run r = StoreCommandsTest.run("load", "--store", tmp.resolve("s").toString(), in.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("load: 2 documents");
        assertThat(r.err().lines().filter(l -> l.contains("cut.txt"))).singleElement().satisfies(l ->
                assertThat(l).contains("warning").contains("from byte ").contains("cut mid-character"));
    }

    @Test
    void strictDecodingRefusesItInOneLineAndLoadsTheRest() throws Exception {
        Path in = folder();
        StoreCommandsTest.Run r = StoreCommandsTest.run("load", "--strict-decoding", "--store",
                tmp.resolve("s").toString(), in.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("load: 1 documents").contains("1 failures");
        assertThat(r.err().lines().filter(l -> l.contains("cut.txt"))).singleElement().satisfies(l ->
                assertThat(l).contains("not text in UTF-8").contains("from byte ").contains("--strict-decoding"));
        assertThat(r.err()).doesNotContain("\tat ");

        StoreCommandsTest.Run x = StoreCommandsTest.run("extract", "--strict-decoding", in.resolve("cut.txt").toString());
        assertThat(x.code()).isEqualTo(1);
        assertThat(x.err()).contains("cut.txt").contains("--strict-decoding");
        assertThat(new String(x.out().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEmpty();
    }
}
