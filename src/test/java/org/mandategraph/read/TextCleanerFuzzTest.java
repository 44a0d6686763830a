package org.mandategraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mandategraph.document.Layout;
import org.mandategraph.document.MarkerRun;
import org.mandategraph.document.SourceLine;
import org.mandategraph.document.SourceText;
import org.mandategraph.document.Span;
import org.mandategraph.testing.Fragments;
import org.mandategraph.testing.Fuzz;

/**
 * Properties of {@link TextCleaner} and {@link TextLayout} on arbitrary and document-like text: spans in bounds and
 * trimmed, one line per physical line, no sentinel in the words, the documented fixpoints, and
 * {@link TextLayout#withMarkers}/{@code takeMarkers} as inverses.
 */
@Tag("fuzz")
class TextCleanerFuzzTest {
    private static String text(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> Fragments.junk(r, 200);
            case 1 -> Fragments.document(r, false);
            default -> Fragments.document(r, true);
        };
    }

    @Test
    void layoutSpansLieInTheTextOneLinePerPhysicalLine() {
        Fuzz.forAll("layout of arbitrary text", TextCleanerFuzzTest::text).tries(300)
                .shrinkWith(Fuzz::shrinkText).show(Fuzz::literal)
                .check(t -> {
                    for (boolean markdown : new boolean[] {false, true}) {
                        Layout layout = markdown ? TextLayout.ofMarkdown(t) : TextLayout.ofText(t);
                        ReadInvariants.assertWellFormed(new SourceText("f", t, StandardCharsets.UTF_8, "TEXT", layout), "f");
                        assertThat(layout.lines()).hasSize(physicalLines(t));
                        for (SourceLine l : layout.lines()) {
                            String s = l.span().of(t);
                            assertThat(s).as("span of %s", l).doesNotContain("\n", "\r");
                            if (!s.isEmpty()) {
                                assertThat(Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))
                                        .as("span %s trimmed", Fuzz.literal(s)).isFalse();
                            }
                        }
                    }
                });
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

    @Test
    void boldRunsCollapseToAFixpoint() {
        Fuzz.forAll("collapseBoldRuns is idempotent", r -> {
            StringBuilder sb = new StringBuilder(text(r));
            String han = Fragments.junk(r, 4).replaceAll("[^\\p{IsHan}]", "") + "认识到";
            for (int i = r.nextInt(6); i > 0; i--) {
                sb.insert(r.nextInt(sb.length() + 1), han.substring(0, 1 + r.nextInt(han.length())).repeat(2 + r.nextInt(4)));
            }
            return sb.toString();
        }).tries(300).shrinkWith(Fuzz::shrinkText).show(Fuzz::literal).check(t -> {
            String once = TextCleaner.collapseBoldRuns(t);
            assertThat(TextCleaner.collapseBoldRuns(once)).isEqualTo(once);
            assertThat(TextCleaner.halfWidthAlnum(TextCleaner.halfWidthAlnum(t))).isEqualTo(TextCleaner.halfWidthAlnum(t));
        });
    }

    @Test
    void cleanedLinesAreTrimmedAndSingleSpaced() {
        Fuzz.forAll("cleanLine output", TextCleanerFuzzTest::text).tries(300)
                .shrinkWith(Fuzz::shrinkText).show(Fuzz::literal).check(t -> {
                    for (String line : t.split("[\n\r]", -1)) {
                        String raw = TextCleaner.withoutSentinels(line);
                        for (String c : List.of(TextCleaner.cleanLine(raw), TextCleaner.cleanLine(raw, TextCleaner.Markup.NONE))) {
                            assertThat(c).isEqualTo(c.strip());
                            assertThat(c).doesNotContain("  ", "\t", "\u3000");
                            // every marker the cleaner writes is closed, so the layout can take it out whole
                            List<MarkerRun> markers = new ArrayList<>();
                            String words = TextLayout.takeMarkers(c, markers);
                            assertThat(words.chars().noneMatch(ch -> ReadInvariants.sentinel((char) ch)))
                                    .as("sentinel left in %s", Fuzz.literal(words)).isTrue();
                        }
                    }
                });
    }

    /** Words and markers as a reader gives them: labels of digits or {@code *}, offsets in order. */
    private static SourceLine line(Random r) {
        String words = TextCleaner.withoutSentinels(Fragments.junk(r, 40).replaceAll("[\n\r]", " ")).strip();
        List<Integer> at = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            at.add(r.nextInt(words.length() + 1));
        }
        at.sort(null);
        List<MarkerRun> markers = new ArrayList<>();
        for (int a : at) {
            String label = r.nextInt(5) == 0 ? "*" : String.valueOf(1 + r.nextInt(r.nextBoolean() ? 9 : 300));
            markers.add(new MarkerRun(MarkerRun.Kind.values()[r.nextInt(2)], label, a));
        }
        return new SourceLine(1, 0, words, new Span(0, 0), markers, SourceLine.Role.TEXT, 0);
    }

    @Test
    void withMarkersAndTakeMarkersAreInverses() {
        Fuzz.forAll("withMarkers/takeMarkers round trip", TextCleanerFuzzTest::line).tries(500)
                .show(l -> Fuzz.literal(l.text()) + " " + l.markers()).check(l -> {
                    List<MarkerRun> back = new ArrayList<>();
                    String words = TextLayout.takeMarkers(TextLayout.withMarkers(l), back);
                    assertThat(words).isEqualTo(l.text());
                    // both kinds come back as sure markers, at the same offsets with the same labels
                    assertThat(back).containsExactlyElementsOf(l.markers().stream()
                            .map(m -> new MarkerRun(MarkerRun.Kind.SUPERSCRIPT, m.label(), m.at())).toList());
                });
    }

    @Test
    void laidOutLinesRoundTripThroughTheSegmentersWorkingText() {
        Fuzz.forAll("layout lines round trip", TextCleanerFuzzTest::text).tries(200)
                .shrinkWith(Fuzz::shrinkText).show(Fuzz::literal).check(t -> {
                    for (SourceLine l : TextLayout.ofMarkdown(t).lines()) {
                        List<MarkerRun> back = new ArrayList<>();
                        assertThat(TextLayout.takeMarkers(TextLayout.withMarkers(l), back)).isEqualTo(l.text());
                        assertThat(back).extracting(MarkerRun::label, MarkerRun::at)
                                .containsExactlyElementsOf(l.markers().stream()
                                        .map(m -> org.assertj.core.groups.Tuple.tuple(m.label(), m.at())).toList());
                    }
                });
    }
}
