package org.mandategraph.segment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mandategraph.document.SourceText;
import org.mandategraph.language.DocumentGrammar;
import org.mandategraph.language.Languages;

/** Inputs for the segmenter's stages, each tested on its own. */
final class Stages {
    static final DocumentGrammar ZH = Languages.forTag("zh").orElseThrow().documentGrammar();
    static final DocumentGrammar EN = Languages.forTag("en").orElseThrow().documentGrammar();

    private Stages() {
    }

    /** The lines of a plain-text document given as table cells, {@code /} between lines. */
    static List<Line> lines(String cells) {
        return Line.of(text(cells.replace(" / ", "\n").replace("/\n", "\n")));
    }

    static SourceText text(String text) {
        return new SourceText("t.txt", text, StandardCharsets.UTF_8, "text");
    }
}
