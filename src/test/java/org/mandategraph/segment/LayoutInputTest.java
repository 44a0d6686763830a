package org.mandategraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mandategraph.document.Layout;
import org.mandategraph.document.MarkerRun;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.SourceLine;
import org.mandategraph.document.SourceText;
import org.mandategraph.document.Span;
import org.mandategraph.document.UnDocument;
import org.mandategraph.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

/** The segmenter reads a reader's layout, whatever format it came from. */
class LayoutInputTest {
    private final Segmenter segmenter = new Segmenter(org.mandategraph.testing.Lexicons.gazetteer());

    @Test
    void markdownFootnoteReferencesLinkToTheirDefinitions() {
        String text = "大会，\n\n重申《公约》[^1]的重要性，\n\n1. 请会员国提供资源。\n\n[^1]: 联合国，《条约汇编》，第 2225 卷。\n";
        UnDocument d = segmenter.segment(new SourceText("t.md", text, StandardCharsets.UTF_8, "markdown"));
        assertThat(d.footnote("1")).hasValueSatisfying(f -> assertThat(f.text()).isEqualTo("联合国，《条约汇编》，第 2225 卷。"));
        Paragraph pp = d.paragraphs().get(0);
        assertThat(pp.text()).isEqualTo("重申《公约》的重要性，");
        assertThat(pp.footnoteMarkers()).containsExactly("1");
    }

    /** What a PDF reader would pass: words without markers, the raised number as a marker run, spans into the text. */
    @Test
    void aLayoutWithMarkerRunsIsSegmentedAsGiven() {
        String text = "大会，\n重申《公约》的重要性，\n1. 请会员国提供资源。\n1 联合国，《条约汇编》。";
        List<SourceLine> lines = new ArrayList<>();
        int at = 0;
        for (String raw : text.split("\n")) {
            List<MarkerRun> markers = raw.startsWith("重申") ? List.of(new MarkerRun(MarkerRun.Kind.SUPERSCRIPT, "1", 6))
                    : raw.startsWith("1 ") ? List.of(new MarkerRun(MarkerRun.Kind.FOOTNOTE_REFERENCE, "1", 0)) : List.of();
            String words = raw.startsWith("1 ") ? raw.substring(2) : raw;
            lines.add(new SourceLine(1, 0, words, new Span(at, at + raw.length()), markers, SourceLine.Role.TEXT, 0));
            at += raw.length() + 1;
        }
        UnDocument d = segmenter.segment(new SourceText("t.pdf", text, StandardCharsets.UTF_8, "PDF", new Layout(lines)));
        assertThat(d.paragraphs()).extracting(Paragraph::text).containsExactly("重申《公约》的重要性，", "请会员国提供资源。");
        assertThat(d.paragraphs().get(0).footnoteMarkers()).containsExactly("1");
        assertThat(d.footnote("1")).hasValueSatisfying(f -> {
            assertThat(f.text()).isEqualTo("联合国，《条约汇编》。");
            assertThat(f.sourceSpan().of(text)).isEqualTo("1 联合国，《条约汇编》。");
        });
    }
}
