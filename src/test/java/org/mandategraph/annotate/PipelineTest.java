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
                "MentionAnnotator", "LeadVerbAnnotator", "MandateAnnotator", "CitationAnnotator", "ResponseAnnotator");
    }

    @Test
    void responsesWithoutCitationsAreRefused() {
        assertThatThrownBy(() -> new Pipeline(List.of(new MentionAnnotator(g), new ResponseAnnotator())))
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
    void aPipelineOfStructureOnlyAnnotatorsIsAccepted() {
        assertThat(new Pipeline(List.of(new CitationAnnotator(g), new ResponseAnnotator())).annotators()).hasSize(2);
    }
}
