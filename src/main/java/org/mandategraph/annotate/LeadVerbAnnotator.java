package org.mandategraph.annotate;

import java.util.Set;

/** Placeholder: filled in by its own change. */
public final class LeadVerbAnnotator implements Annotator {

    @Override
    public String name() {
        return "LeadVerbAnnotator";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.STRUCTURE);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.LEAD_VERBS);
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument doc) {
        return doc;
    }
}
