package org.mandategraph.annotate;

import org.mandategraph.document.Span;

/** An agent (body, State group, State) named in a text, resolved to its IRI; anaphora already resolved. */
public record Mention(Locus locus, String agentIri, Span span, String surface, boolean anaphoric) {
}
