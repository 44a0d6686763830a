package org.mandategraph.export;

import java.util.Locale;

/** Which part of the graph a projection keeps: everything, the mandate network, or the citation network. */
public enum Network {
    /** Documents, tasking and citing paragraphs, agents, instruments and provisions with every link between them. */
    ALL,
    /** Document → agent, one edge per mandate (the tasking paragraph is an edge attribute). */
    MANDATES,
    /** Document → cited document, instrument or provision, and report → resolution answered. */
    CITATIONS;

    public static Network parse(String s) {
        return s == null || s.isBlank() ? ALL : valueOf(s.strip().toUpperCase(Locale.ROOT));
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
