package org.mandategraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.mandategraph.document.Layout;
import org.mandategraph.document.MarkerRun;
import org.mandategraph.document.SourceLine;
import org.mandategraph.document.SourceText;
import org.mandategraph.document.Span;
import org.mandategraph.testing.Fragments;
import org.mandategraph.testing.FuzzRun;
import org.mandategraph.testing.Literals;

/**
 * Properties of {@link TextCleaner} and {@link TextLayout} on arbitrary and document-like text: spans in bounds and
 * trimmed, one line per physical line, no sentinel in the words, the documented fixpoints, and
 * {@link TextLayout#withMarkers}/{@code takeMarkers} as inverses.
 */
@AddLifecycleHook(FuzzRun.class)
class TextCleanerFuzzTest {
    @Provide
    Arbitrary<String> text() {
        return Fragments.text();
    }

    @Property(tries = 300)
    void layoutSpansLieInTheTextOneLinePerPhysicalLine(@ForAll("text") String t) {
        for (boolean markdown : new boolean[] {false, true}) {
            Layout layout = markdown ? TextLayout.ofMarkdown(t) : TextLayout.ofText(t);
            ReadInvariants.assertWellFormed(new SourceText("f", t, StandardCharsets.UTF_8, "TEXT", layout), "f");
            assertThat(layout.lines()).hasSize(physicalLines(t));
            for (SourceLine l : layout.lines()) {
                String s = l.span().of(t);
                assertThat(s).as("span of %s", l).doesNotContain("\n", "\r");
                if (!s.isEmpty()) {
                    assertThat(Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))
                            .as("span %s trimmed", Literals.of(s)).isFalse();
                }
            }
        }
    }

    private static int physicalLines(String t) {
        int n = 1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || (c == '\r' && !(i + 1 < t.length() && t.charAt(i + 1) == '\n'))) {
                n++;
            }
        }
        return n;
    }

    /** Text with runs of a repeated Han word, as bold text extracted from a PDF prints them, put in. */
    @Provide
    Arbitrary<String> boldRuns() {
        Arbitrary<String> run = Combinators.combine(Arbitraries.of("认识到", "邀请", "决定", "大", "请秘书长"),
                Arbitraries.integers().between(2, 5)).as(String::repeat);
        return Combinators.combine(Fragments.text(), run.list().ofMaxSize(6), Arbitraries.integers().greaterOrEqual(0))
                .as((t, runs, at) -> {
                    StringBuilder sb = new StringBuilder(t);
                    for (String r : runs) {
                        sb.insert(Math.floorMod(at + r.length() * 7919, sb.length() + 1), r);
                    }
                    return sb.toString();
                });
    }

    @Property(tries = 300)
    void boldRunsCollapseToAFixpoint(@ForAll("boldRuns") String t) {
        String once = TextCleaner.collapseBoldRuns(t);
        assertThat(TextCleaner.collapseBoldRuns(once)).isEqualTo(once);
        assertThat(TextCleaner.halfWidthAlnum(TextCleaner.halfWidthAlnum(t))).isEqualTo(TextCleaner.halfWidthAlnum(t));
    }

    @Property(tries = 300)
    void cleanedLinesAreTrimmedAndSingleSpaced(@ForAll("text") String t) {
        for (String line : t.split("[\n\r]", -1)) {
            String raw = TextCleaner.withoutSentinels(line);
            for (String c : List.of(TextCleaner.cleanLine(raw), TextCleaner.cleanLine(raw, TextCleaner.Markup.NONE))) {
                assertThat(c).isEqualTo(c.strip());
                assertThat(c).doesNotContain("  ", "\t", "\u3000");
                // every marker the cleaner writes is closed, so the layout can take it out whole
                List<MarkerRun> markers = new ArrayList<>();
                String words = TextLayout.takeMarkers(c, markers);
                assertThat(words.chars().noneMatch(ch -> ReadInvariants.sentinel((char) ch)))
                        .as("sentinel left in %s", Literals.of(words)).isTrue();
            }
        }
    }

    /** Words and markers as a reader gives them: labels of digits or {@code *}, offsets in order. */
    @Provide
    Arbitrary<SourceLine> lines() {
        Arbitrary<String> words = Fragments.junk(40).map(w -> TextCleaner.withoutSentinels(w.replaceAll("[\n\r]", " ")).strip());
        Arbitrary<String> label = Arbitraries.oneOf(Arbitraries.just("*"), Arbitraries.integers().between(1, 300).map(String::valueOf));
        Arbitrary<MarkerRun.Kind> kind = Arbitraries.of(MarkerRun.Kind.values()[0], MarkerRun.Kind.values()[1]);
        return Combinators.combine(words, Combinators.combine(kind, label, Arbitraries.integers().between(0, 1000))
                        .as((k, l, at) -> new MarkerRun(k, l, at)).list().ofMaxSize(3))
                .as((w, ms) -> {
                    List<MarkerRun> markers = new ArrayList<>();
                    for (MarkerRun m : ms) {
                        markers.add(new MarkerRun(m.kind(), m.label(), Math.min(m.at(), w.length())));
                    }
                    markers.sort(java.util.Comparator.comparingInt(MarkerRun::at));
                    return new SourceLine(1, 0, w, new Span(0, 0), markers, SourceLine.Role.TEXT, 0);
                });
    }

    @Property(tries = 500)
    void withMarkersAndTakeMarkersAreInverses(@ForAll("lines") SourceLine l) {
        List<MarkerRun> back = new ArrayList<>();
        String words = TextLayout.takeMarkers(TextLayout.withMarkers(l), back);
        assertThat(words).isEqualTo(l.text());
        // both kinds come back as sure markers, at the same offsets with the same labels
        assertThat(back).containsExactlyElementsOf(l.markers().stream()
                .map(m -> new MarkerRun(MarkerRun.Kind.SUPERSCRIPT, m.label(), m.at())).toList());
    }

    @Property(tries = 200)
    void laidOutLinesRoundTripThroughTheSegmentersWorkingText(@ForAll("text") String t) {
        for (SourceLine l : TextLayout.ofMarkdown(t).lines()) {
            List<MarkerRun> back = new ArrayList<>();
            assertThat(TextLayout.takeMarkers(TextLayout.withMarkers(l), back)).isEqualTo(l.text());
            assertThat(back).extracting(MarkerRun::label, MarkerRun::at)
                    .containsExactlyElementsOf(l.markers().stream()
                            .map(m -> org.assertj.core.groups.Tuple.tuple(m.label(), m.at())).toList());
        }
    }
}
