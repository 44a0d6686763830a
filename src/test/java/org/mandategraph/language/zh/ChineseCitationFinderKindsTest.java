package org.mandategraph.language.zh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mandategraph.lexicon.Kinds;

/** The instrument kinds that Chinese short titles ({@code 《公约》}, {@code 《议定书》}) denote are declared kinds. */
class ChineseCitationFinderKindsTest {
    @Test
    void shortTitleKindsExist() {
        assertThat(ChineseCitationFinder.SHORT_TITLE_KIND).isNotEmpty();
        assertThat(Kinds.get().codes()).containsAll(ChineseCitationFinder.SHORT_TITLE_KIND.values());
    }
}
