package org.mandategraph.annotate;

import org.mandategraph.lexicon.VerbLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.ParagraphKind;

/**
 * The lead verb of every operative paragraph, the longest form of {@code ontology/verbs.ttl} at its start.
 * Preambular and report paragraphs get none: they never mandate (SPEC §5 rules 2 and 3).
 */
public final class LeadVerbAnnotator implements Annotator {
    private final VerbLexicon verbs;

    public LeadVerbAnnotator(VerbLexicon verbs) {
        this.verbs = verbs;
    }

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
        List<LeadVerb> out = new ArrayList<>();
        List<Paragraph> ps = doc.document().paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).kind() != ParagraphKind.OPERATIVE) {
                continue;
            }
            int index = i;
            verbs.lead(ps.get(i).text()).ifPresent(h -> out.add(new LeadVerb(index, h.verb().code(), h.span())));
        }
        return doc.withLeadVerbs(out);
    }
}
