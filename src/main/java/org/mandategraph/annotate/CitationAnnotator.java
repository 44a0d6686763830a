package org.mandategraph.annotate;

import java.util.Set;

/** Placeholder: filled in by its own change. */
public final class CitationAnnotator implements Annotator {
    public CitationAnnotator(Gazetteer g) {
    }

    @Override
    public String name() {
        return "CitationAnnotator";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.STRUCTURE);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.CITATIONS);
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument doc) {
        return doc;
    }
}
