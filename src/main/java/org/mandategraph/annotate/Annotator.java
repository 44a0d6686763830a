package org.mandategraph.annotate;

import java.util.Set;

/**
 * One step of the extraction pipeline (CoreNLP's annotator idea). An implementation must read only the
 * layers it {@link #requires()}, fill only those it {@link #produces()}, be deterministic, and never throw
 * on odd text: what it cannot read it leaves out.
 */
public interface Annotator {
    String name();

    Set<Layer> requires();

    Set<Layer> produces();

    AnnotatedDocument annotate(AnnotatedDocument doc);
}
