package org.mandategraph.annotate;

import java.util.Set;

/** Placeholder: filled in by its own change. */
public final class MentionAnnotator implements Annotator {
    public MentionAnnotator(Gazetteer g) {
    }

    @Override
    public String name() {
        return "MentionAnnotator";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.STRUCTURE);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument doc) {
        return doc;
    }
}
