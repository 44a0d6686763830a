package org.mandategraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.document.Footnote;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.SourceText;
import org.mandategraph.document.Span;
import org.mandategraph.document.SubParagraph;
import org.mandategraph.document.UnDocument;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.language.Languages;
import org.mandategraph.read.TextLayout;
import org.mandategraph.read.UnreadableInputException;
import org.mandategraph.read.Width;
import org.mandategraph.testing.Fragments;
import org.mandategraph.testing.FuzzRun;
import org.mandategraph.testing.Lexicons;
import org.mandategraph.testing.Literals;

/**
 * Fuzzing segmentation, then annotation, of whole documents: text assembled from UN-document fragments or from a
 * seed's paragraphs shuffled, cut and repeated gives, without an exception, a document whose paragraphs stand in
 * reading order (ordinals 1…n, spans in order), whose spans lie in the text and cover the words of their paragraph,
 * whose paragraph numbers are unique per kind and sub-paragraph labels per paragraph (they name IRIs), and whose
 * footnote markers all name footnotes it has; the extractor then annotates it or refuses it with one line naming
 * the file; and every try ends within {@link FuzzRun}'s time limit.
 */
@AddLifecycleHook(FuzzRun.class)
class SegmenterFuzzTest {
    private static final Segmenter SEGMENTER = new Segmenter(Lexicons.gazetteer());
    private static final Extractor EXTRACTOR = Extractor.standard();

    /** The text as each text reader gives it: plain text, markdown, or text without a layout. */
    private static SourceText source(int kind, String text) {
        return switch (kind) {
            case 0 -> new SourceText("fuzz.txt", text, StandardCharsets.UTF_8, "TEXT", TextLayout.ofText(text));
            case 1 -> new SourceText("fuzz.md", text, StandardCharsets.UTF_8, "MARKDOWN", TextLayout.ofMarkdown(text));
            default -> new SourceText("fuzz.txt", text, StandardCharsets.UTF_8, "TEXT");
        };
    }

    private static void segmentAndExtract(SourceText src) {
        UnDocument d = SEGMENTER.segment(src, Languages.detect(src.text()));
        assertWellFormed(d, src.text());
        try {
            AnnotatedDocument ad = EXTRACTOR.extract(src);
            assertThat(ad.document().paragraphs()).isNotEmpty();
        } catch (UnreadableInputException e) {
            assertThat(e.getMessage()).startsWith(src.fileName() + ":").doesNotContain("cannot segment document");
            assertThat(d.paragraphs()).as("refused only for want of paragraphs").isEmpty();
        }
    }

    static void assertWellFormed(UnDocument d, String text) {
        int length = text.length();
        Set<String> footnotes = new HashSet<>();
        for (Footnote f : d.footnotes()) {
            inText(f.sourceSpan(), length, "footnote " + f.number());
            assertThat(footnotes.add(f.number())).as("footnote %s printed once", f.number()).isTrue();
        }
        Set<String> numbers = new HashSet<>();
        int ordinal = 0;
        int lastStart = 0;
        for (Paragraph p : d.paragraphs()) {
            inText(p.sourceSpan(), length, "paragraph " + p.number());
            assertThat(p.ordinal()).as("ordinal of paragraph %s", p.number()).isEqualTo(++ordinal);
            assertThat(p.sourceSpan().start()).as("paragraph %s after the one before", p.number()).isGreaterThanOrEqualTo(lastStart);
            lastStart = p.sourceSpan().start();
            assertWordsIn(p.text(), p.sourceSpan(), text, "paragraph " + p.number());
            assertThat(numbers.add(p.kind() + " " + p.number())).as("%s paragraph %s once", p.kind(), p.number()).isTrue();
            assertThat(footnotes).as("footnotes of paragraph %s", p.number()).containsAll(p.footnoteMarkers());
            Set<String> labels = new HashSet<>();
            for (SubParagraph s : p.subParagraphs()) {
                String what = "sub-paragraph " + p.number() + " (" + s.label() + ")";
                inText(s.sourceSpan(), length, what);
                assertThat(s.sourceSpan().start()).as("%s in its paragraph", what).isGreaterThanOrEqualTo(p.sourceSpan().start());
                assertThat(s.sourceSpan().end()).as("%s in its paragraph", what).isLessThanOrEqualTo(p.sourceSpan().end());
                assertWordsIn(s.text(), s.sourceSpan(), text, what);
                assertThat(labels.add(s.label().toLowerCase(Locale.ROOT))).as("paragraph %s has one (%s)", p.number(), s.label()).isTrue();
                assertThat(footnotes).as("footnotes of %s", what).containsAll(s.footnoteMarkers());
            }
        }
    }

    private static void inText(Span s, int length, String what) {
        assertThat(s.start()).as("start of %s", what).isBetween(0, length);
        assertThat(s.end()).as("end of %s", what).isBetween(s.start(), length);
    }

    /**
     * The span matches the source: the paragraph's letters and digits, in order, are letters and digits of its span
     * (cleaning folds full-width ASCII, collapses a bold run and drops markers: the text is a subsequence of its
     * source).
     */
    private static void assertWordsIn(String words, Span span, String text, String what) {
        String source = fold(span.of(text));
        String w = fold(words);
        int j = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            while (j < source.length() && source.charAt(j) != c) {
                j++;
            }
            assertThat(j).as("%s: %s of %s in its span %s", what, Literals.of(String.valueOf(c)), Literals.of(words),
                    Literals.of(span.of(text))).isLessThan(source.length());
            j++;
        }
    }

    private static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            sb.append(Width.ascii(s.charAt(i)));
        }
        return sb.toString();
    }

    @Property(tries = 150)
    void documentsFromFragmentsSegment(@ForAll("fragments") String t, @ForAll @IntRange(max = 2) int kind) {
        segmentAndExtract(source(kind, t));
    }

    @Provide
    Arbitrary<String> fragments() {
        return Fragments.documents();
    }

    /**
     * A seed's or corpus file's paragraphs from one place on, in order or shuffled, with edits: one dropped,
     * repeated or cut, a fragment or junk put in; joined by blank lines or single line breaks.
     */
    @Provide
    Arbitrary<String> shuffledSeed() {
        List<String> all = Fragments.seedParagraphs();
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().greaterOrEqual(0))
                .as((k, at) -> new int[] {k, at});
        Arbitrary<String> insert = Arbitraries.oneOf(Fragments.junk(20), Arbitraries.of(Fragments.ZH_LINES), Arbitraries.of(Fragments.EN_LINES));
        return Combinators.combine(Arbitraries.integers().between(0, all.size() - 1), Arbitraries.integers().between(5, 45),
                Arbitraries.longs().between(0, 3), edit.list().ofMaxSize(3), insert, Arbitraries.of("\n\n", "\n\n", "\n\n", "\n"))
                .as((from, n, shuffle, edits, ins, sep) -> {
                    List<String> blocks = new ArrayList<>(all.subList(from, Math.min(all.size(), from + n)));
                    if (shuffle > 0) {
                        Collections.shuffle(blocks, new Random(shuffle));
                    }
                    for (int[] e : edits) {
                        int k = Math.floorMod(e[1], blocks.size() + 1);
                        switch (e[0]) {
                            case 0 -> blocks.remove(Math.min(k, blocks.size() - 1));
                            case 1 -> blocks.add(k, blocks.get(Math.min(k, blocks.size() - 1)));
                            case 2 -> {
                                String b = blocks.get(Math.min(k, blocks.size() - 1));
                                blocks.set(Math.min(k, blocks.size() - 1), b.substring(0, Math.floorMod(e[1], b.length() + 1)));
                            }
                            default -> blocks.add(k, ins);
                        }
                        if (blocks.isEmpty()) {
                            blocks.add(ins);
                        }
                    }
                    return String.join(sep, blocks) + "\n";
                });
    }

    /** Few tries in the default build: each extracts a document of up to 45 seed paragraphs (about 0.1 s). */
    @Property(tries = 40)
    void shuffledSeedParagraphsSegment(@ForAll("shuffledSeed") String t, @ForAll @IntRange(max = 2) int kind) {
        segmentAndExtract(source(kind, t));
    }
}
