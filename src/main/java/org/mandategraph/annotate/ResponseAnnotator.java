package org.mandategraph.annotate;

import java.util.Set;

/** Placeholder: filled in by its own change. */
public final class ResponseAnnotator implements Annotator {

    @Override
    public String name() {
        return "ResponseAnnotator";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.CITATIONS);
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.RESPONDS);
    }

    @Override
    public AnnotatedDocument annotate(AnnotatedDocument doc) {
        return doc;
    }
}
