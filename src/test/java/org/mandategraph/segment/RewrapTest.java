package org.mandategraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.document.Footnote;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.SourceText;
import org.mandategraph.document.UnDocument;
import org.mandategraph.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same document printed two ways reads the same: a paragraph-per-line seed hard-wrapped the way PDF
 * extraction wraps (fixed width, blank lines between printed lines, first lines indented) must give the same
 * paragraphs, markers and footnotes. Guards against rules that only fit one printing style.
 */
class RewrapTest {
    private static final int WIDTH = 76;

    static boolean breakable(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || "，。；、》）”".indexOf(c) >= 0;
    }

    static String rewrap(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            int w = 0;
            out.append(' ');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                out.append(c);
                w += c >= 0x2E80 ? 2 : 1;
                if (w >= WIDTH && i + 1 < s.length() && breakable(c) && breakable(s.charAt(i + 1)) && c != '《') {
                    out.append("\n\n");
                    w = 0;
                }
            }
            out.append("\n\n");
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource({"000", "002", "004"})
    void hardWrappedPrintReadsLikeTheOriginal(String prefix) throws IOException {
        Segmenter seg = new Segmenter(org.mandategraph.testing.Lexicons.gazetteer());
        String original = Files.readString(Seeds.file(prefix), StandardCharsets.UTF_8);
        UnDocument a = seg.segment(new SourceText("a.txt", original, StandardCharsets.UTF_8, "text"));
        UnDocument b = seg.segment(new SourceText("b.txt", rewrap(original), StandardCharsets.UTF_8, "text"));
        assertThat(b.printed().number()).isEqualTo(a.printed().number());
        assertThat(b.printed().adopted()).isEqualTo(a.printed().adopted());
        assertThat(b.printed().closingDate()).isEqualTo(a.printed().closingDate());
        assertThat(texts(b.paragraphs())).isEqualTo(texts(a.paragraphs()));
        assertThat(b.paragraphs()).extracting(Paragraph::footnoteMarkers)
                .isEqualTo(a.paragraphs().stream().map(Paragraph::footnoteMarkers).toList());
        assertThat(b.footnotes()).extracting(Footnote::number)
                .isEqualTo(a.footnotes().stream().map(Footnote::number).toList());
    }

    @ParameterizedTest
    @CsvSource({"000", "002", "004"})
    void windowsLineEndsWithoutBlankLinesReadLikeTheOriginal(String prefix) throws IOException {
        Segmenter seg = new Segmenter(org.mandategraph.testing.Lexicons.gazetteer());
        String original = Files.readString(Seeds.file(prefix), StandardCharsets.UTF_8);
        String dense = String.join("\r\n", original.lines().filter(l -> !l.isBlank()).toList());
        UnDocument a = seg.segment(new SourceText("a.txt", original, StandardCharsets.UTF_8, "text"));
        UnDocument b = seg.segment(new SourceText("b.txt", dense, StandardCharsets.UTF_8, "text"));
        assertThat(b.printed()).isEqualTo(a.printed());
        assertThat(texts(b.paragraphs())).isEqualTo(texts(a.paragraphs()));
        assertThat(b.footnotes()).extracting(Footnote::text).isEqualTo(a.footnotes().stream().map(Footnote::text).toList());
    }

    @org.junit.jupiter.api.Test
    void pageFurnitureBetweenPagesIsIgnored() throws IOException {
        Segmenter seg = new Segmenter(org.mandategraph.testing.Lexicons.gazetteer());
        String original = Files.readString(Seeds.file("003"), StandardCharsets.UTF_8);
        StringBuilder noisy = new StringBuilder();
        for (String line : original.split("\n", -1)) {
            noisy.append(line).append('\n');
            if (line.strip().startsWith("同上，第 2349 卷，第 42146 号。")) {
                // job number, barcode, running head with the symbol, page number
                noisy.append("\n12-45678 (C)\n*1245678*\n\nE/RES/2012/19\n\n2/5\n\n");
            }
            if (line.strip().startsWith("见 CTOC/COP/2010/17")) {
                noisy.append("\nV.12-55555 (C)\n\n E/RES/2012/19 \n\n");
            }
        }
        UnDocument a = seg.segment(new SourceText("a.txt", original, StandardCharsets.UTF_8, "text"));
        UnDocument b = seg.segment(new SourceText("b.txt", noisy.toString(), StandardCharsets.UTF_8, "text"));
        assertThat(noisy.toString()).contains("*1245678*");
        assertThat(texts(b.paragraphs())).isEqualTo(texts(a.paragraphs()));
        assertThat(b.footnotes()).extracting(Footnote::text).isEqualTo(a.footnotes().stream().map(Footnote::text).toList());
    }

    static List<String> texts(List<Paragraph> ps) {
        return ps.stream().map(p -> p.kind() + " " + p.number() + " " + p.fullText().replace(" ", "")).toList();
    }
}
