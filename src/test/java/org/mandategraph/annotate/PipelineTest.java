package org.mandategraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandategraph.lexicon.Gazetteer;

/** The pipeline checks, when it is built, that every annotator's required layers are produced before it runs. */
class PipelineTest {
    private final Gazetteer g = org.mandategraph.testing.Lexicons.gazetteer();

    @Test
    void standardPipelineIsInDependencyOrder() {
        assertThat(Pipeline.standard(g).annotators()).extracting(Annotator::name).containsExactly(
                "HeaderAnnotator", "MentionAnnotator", "LeadVerbAnnotator", "MandateAnnotator", "CitationAnnotator",
                "ResponseAnnotator");
    }

    @Test
    void responsesWithoutCitationsAreRefused() {
        assertThatThrownBy(() -> new Pipeline(List.of(new HeaderAnnotator(g), new MentionAnnotator(g),
                new ResponseAnnotator())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ResponseAnnotator").hasMessageContaining("CITATIONS");
    }

    @Test
    void mandatesBeforeMentionsAreRefused() {
        assertThatThrownBy(() -> new Pipeline(List.of(new LeadVerbAnnotator(org.mandategraph.testing.Lexicons.verbs()), new MandateAnnotator(g),
                new MentionAnnotator(g))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MandateAnnotator");
    }

    @Test
    void aPipelineOfHeaderCitationsAndResponsesIsAccepted() {
        assertThat(new Pipeline(List.of(new HeaderAnnotator(g), new CitationAnnotator(g), new ResponseAnnotator()))
                .annotators()).hasSize(3);
    }

    /** Mentions (anaphora read the adopting body), citations and responses read the header's codes. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"MentionAnnotator", "CitationAnnotator"})
    void annotatorsReadingTheHeaderNeedTheHeaderAnnotatorBeforeThem(String name) {
        Annotator a = name.equals("MentionAnnotator") ? new MentionAnnotator(g) : new CitationAnnotator(g);
        assertThatThrownBy(() -> new Pipeline(List.of(a, new HeaderAnnotator(g))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(name).hasMessageContaining("HEADER");
    }

    @Test
    void theHeaderAnnotatorNeedsOnlyTheSegmentedDocument() {
        HeaderAnnotator h = new HeaderAnnotator(g);
        assertThat(h.requires()).containsExactly(Layer.STRUCTURE);
        assertThat(h.produces()).containsExactly(Layer.HEADER);
        assertThat(new Pipeline(List.of(h)).annotators()).containsExactly(h);
    }
}
