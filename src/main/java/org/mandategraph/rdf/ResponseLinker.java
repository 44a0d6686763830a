package org.mandategraph.rdf;

import java.util.List;
import org.mandategraph.annotate.AnnotatedDocument;

/** Placeholder: links reports to the reporting mandates they answer across a batch; filled in by its own change. */
public final class ResponseLinker {
    private ResponseLinker() {
    }

    public static List<AnnotatedDocument> link(List<AnnotatedDocument> docs) {
        return docs;
    }
}
