package org.mandategraph.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CharsetDetectorTest {
    private static final String TEXT = "大会，\n1. 请联合国毒品和犯罪问题办公室提供技术援助；";

    static byte[] withBom(byte[] bom, String s, Charset cs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(s.getBytes(cs));
        return out.toByteArray();
    }

    static Stream<Arguments> encodings() {
        return Stream.of(
                // plain UTF-8, the common case
                Arguments.of(TEXT.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                // UTF-8 with a BOM: the BOM must not reach the text
                Arguments.of(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT, StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                // UTF-16 little-endian with BOM (Windows "Unicode")
                Arguments.of(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE),
                // UTF-16 big-endian with BOM
                Arguments.of(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE),
                // GB18030 without any mark: detected because it is not valid UTF-8
                Arguments.of(TEXT.getBytes(Charset.forName("GB18030")), CharsetDetector.GB18030),
                // GBK bytes are GB18030 bytes for these characters
                Arguments.of(TEXT.getBytes(Charset.forName("GBK")), CharsetDetector.GB18030));
    }

    @ParameterizedTest
    @MethodSource("encodings")
    void decodesEveryEncodingToTheSameText(byte[] bytes, Charset expected) throws Exception {
        CharsetDetector.Decoded d = CharsetDetector.decode(bytes);
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo(expected);
    }

    @Test
    void readerNamesTheFileWhenContentIsBinary(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("broken.txt");
        Files.write(f, new byte[] {0, 1, 2, 3, 0, 0});
        assertThatThrownBy(() -> new PlainTextReader().read(f))
                .isInstanceOf(UnreadableInputException.class)
                .hasMessageContaining("broken.txt").hasMessageContaining("binary");
    }

    @Test
    void readerNamesTheFileWhenEmpty(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("empty.md");
        Files.write(f, new byte[0]);
        assertThatThrownBy(() -> new MarkdownReader().read(f))
                .isInstanceOf(UnreadableInputException.class).hasMessageContaining("empty.md");
    }

    @Test
    void registryFindsReadersByExtensionNotContent() {
        assertThat(DocumentReaders.forFile(Path.of("a.txt"))).isPresent();
        assertThat(DocumentReaders.forFile(Path.of("b.MD"))).isPresent();
        assertThat(DocumentReaders.forFile(Path.of("c.pdf"))).map(DocumentReader::format).contains(DocumentFormat.PDF);
        assertThat(DocumentReaders.forFile(Path.of("d.html"))).isEmpty();
    }

    @Test
    void aFileCutMidCharacterIsRefusedNamingTheByte(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(utf8, utf8.length - 1);
        java.nio.file.Path f = dir.resolve("cut.txt");
        java.nio.file.Files.write(f, cut);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MarkdownReader().read(f, Decoding.STRICT))
                .hasMessageContaining("cut.txt").hasMessageContaining("from byte " + (utf8.length - 3))
                .hasMessageContaining("cut mid-character");
        org.assertj.core.api.Assertions.assertThat(CharsetDetector.whereUtf8Fails(utf8)).isEmpty();
    }
}
