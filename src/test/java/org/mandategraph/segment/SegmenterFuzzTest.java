package org.mandategraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.document.Footnote;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.SourceText;
import org.mandategraph.document.Span;
import org.mandategraph.document.SubParagraph;
import org.mandategraph.document.UnDocument;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.read.TextLayout;
import org.mandategraph.read.UnreadableInputException;
import org.mandategraph.testing.Fragments;
import org.mandategraph.testing.Fuzz;

/**
 * Fuzzing segmentation and annotation through {@link Extractor#extract(SourceText)}: text assembled from realistic
 * fragments or from a seed's paragraphs shuffled gives a document whose spans lie in the text, whose paragraph
 * numbers are unique per kind (they name the paragraphs' IRIs), whose sub-paragraph labels are unique per paragraph
 * and whose footnote markers all refer to footnotes it has, or an {@link UnreadableInputException}; never another
 * exception, never a hang.
 */
@Tag("fuzz")
class SegmenterFuzzTest {
    private static final Extractor EXTRACTOR = Extractor.standard();
    private final AtomicInteger documents = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    private static SourceText source(Random r, String text) {
        return switch (r.nextInt(3)) {
            case 0 -> new SourceText("fuzz.txt", text, StandardCharsets.UTF_8, "TEXT", TextLayout.ofText(text));
            case 1 -> new SourceText("fuzz.md", text, StandardCharsets.UTF_8, "MARKDOWN", TextLayout.ofMarkdown(text));
            default -> new SourceText("fuzz.txt", text, StandardCharsets.UTF_8, "TEXT");
        };
    }

    private void extractOrRefuse(SourceText src) {
        AnnotatedDocument ad;
        try {
            ad = EXTRACTOR.extract(src);
        } catch (UnreadableInputException e) {
            assertThat(e.getMessage()).startsWith(src.fileName() + ":");
            refused.incrementAndGet();
            return;
        }
        documents.incrementAndGet();
        assertWellFormed(ad.document(), src.text().length());
    }

    static void assertWellFormed(UnDocument d, int length) {
        assertThat(d.paragraphs()).isNotEmpty();
        Set<String> footnotes = new HashSet<>();
        for (Footnote f : d.footnotes()) {
            inText(f.sourceSpan(), length, "footnote " + f.number());
            assertThat(footnotes.add(f.number())).as("footnote %s printed once", f.number()).isTrue();
        }
        Set<String> numbers = new HashSet<>();
        for (Paragraph p : d.paragraphs()) {
            inText(p.sourceSpan(), length, "paragraph " + p.number());
            assertThat(numbers.add(p.kind() + " " + p.number())).as("%s paragraph %s once", p.kind(), p.number()).isTrue();
            assertThat(footnotes).as("footnotes of paragraph %s", p.number()).containsAll(p.footnoteMarkers());
            Set<String> labels = new HashSet<>();
            for (SubParagraph s : p.subParagraphs()) {
                inText(s.sourceSpan(), length, "sub-paragraph " + p.number() + " (" + s.label() + ")");
                assertThat(labels.add(s.label().toLowerCase(java.util.Locale.ROOT)))
                        .as("paragraph %s has one sub-paragraph (%s)", p.number(), s.label()).isTrue();
                assertThat(footnotes).as("footnotes of %s (%s)", p.number(), s.label()).containsAll(s.footnoteMarkers());
            }
        }
    }

    private static void inText(Span s, int length, String what) {
        assertThat(s.start()).as("start of %s", what).isBetween(0, length);
        assertThat(s.end()).as("end of %s", what).isBetween(s.start(), length);
    }

    @Test
    void documentsFromFragmentsSegmentOrAreRefused() {
        Fuzz.forAll("documents from fragments", r -> Fragments.document(r, r.nextBoolean())).tries(150)
                .limit(Duration.ofSeconds(20)).shrinkWith(Fuzz::shrinkText).show(Fuzz::literal)
                .check(t -> extractOrRefuse(source(new Random(t.hashCode()), t)));
        assertThat(documents.get()).as("documents (%d refused)", refused.get()).isPositive();
    }

    /** A seed's or corpus file's paragraphs shuffled, some dropped, repeated or cut, with a fragment or junk put in. */
    private static String shuffledSeed(Random r) {
        List<String> all = Fragments.seedParagraphs();
        int from = r.nextInt(all.size());
        List<String> blocks = new ArrayList<>(all.subList(from, Math.min(all.size(), from + 5 + r.nextInt(40))));
        if (r.nextBoolean()) {
            Collections.shuffle(blocks, r);
        }
        for (int i = r.nextInt(4); i > 0 && !blocks.isEmpty(); i--) {
            int k = r.nextInt(blocks.size());
            switch (r.nextInt(4)) {
                case 0 -> blocks.remove(k);
                case 1 -> blocks.add(r.nextInt(blocks.size() + 1), blocks.get(k));
                case 2 -> blocks.set(k, blocks.get(k).substring(0, r.nextInt(blocks.get(k).length() + 1)));
                default -> blocks.add(k, r.nextBoolean() ? Fragments.junk(r, 20) : Fragments.pick(r, Fragments.ZH_LINES));
            }
        }
        return String.join(r.nextInt(4) == 0 ? "\n" : "\n\n", blocks) + "\n";
    }

    @Test
    void shuffledSeedParagraphsSegmentOrAreRefused() {
        Fuzz.forAll("seed paragraphs shuffled", SegmenterFuzzTest::shuffledSeed).tries(120)
                .limit(Duration.ofSeconds(20)).shrinkWith(Fuzz::shrinkText).show(Fuzz::literal)
                .check(t -> extractOrRefuse(source(new Random(t.hashCode()), t)));
        assertThat(documents.get()).as("documents (%d refused)", refused.get()).isGreaterThan(refused.get() / 4);
    }
}
