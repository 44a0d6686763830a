package org.mandategraph.annotate;

import org.mandategraph.lexicon.VerbLexicon;
import org.mandategraph.lexicon.Gazetteer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An ordered chain of annotators, checked when built: each one's requirements are produced before it runs. */
public final class Pipeline {
    private final List<Annotator> annotators;

    public Pipeline(List<Annotator> annotators) {
        Set<Layer> have = EnumSet.of(Layer.STRUCTURE);
        for (Annotator a : annotators) {
            for (Layer l : a.requires()) {
                if (!have.contains(l)) {
                    throw new IllegalArgumentException("annotator " + a.name() + " needs layer " + l
                            + " which no earlier annotator produces");
                }
            }
            have.addAll(a.produces());
        }
        this.annotators = List.copyOf(annotators);
    }

    /**
     * The standard MandateGraph pipeline for {@code g}'s language: the header's names resolved first, then mentions,
     * lead verbs, mandates, citations and responses.
     */
    public static Pipeline standard(Gazetteer g) {
        return new Pipeline(List.of(
                new HeaderAnnotator(g),
                new MentionAnnotator(g),
                new LeadVerbAnnotator(VerbLexicon.of(g.rules())),
                new MandateAnnotator(g),
                new CitationAnnotator(g),
                new ResponseAnnotator()));
    }

    public AnnotatedDocument run(AnnotatedDocument d) {
        for (Annotator a : annotators) {
            d = a.annotate(d);
        }
        return d;
    }

    public List<Annotator> annotators() {
        return annotators;
    }
}
