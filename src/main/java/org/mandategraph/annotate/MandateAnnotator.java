package org.mandategraph.annotate;

import java.util.Set;

/** Placeholder: filled in by its own change. */
public final class MandateAnnotator implements Annotator {
    public MandateAnnotator(Gazetteer g) {
    }

    @Override
    public String name() {
        return "MandateAnnotator";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.MENTIONS,Layer.LEAD_VERBS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.MANDATES);
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument doc) {
        return doc;
    }
}
