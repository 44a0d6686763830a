package org.mandategraph.export;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A readable projection of the RDF graph for visualisation tools: typed, labelled nodes and edges. */
public record Projection(Network network, Map<String, PNode> nodes, List<PEdge> edges) {

    /** A node: its IRI (also its id), kind (Resolution, Paragraph, Body, …) and zh/en labels. */
    public record PNode(String iri, String kind, String labelZh, String labelEn) {
        /** The label shown by default: Chinese when the data has it. */
        public String label() {
            return labelZh != null ? labelZh : labelEn;
        }
    }

    /**
     * A directed edge: relation (tasks, cites, respondsTo, mentions, partOf), zh/en labels, and for mandates the
     * verb code and topic codes; {@code paragraph} names the paragraph the link was made in when the edge skips it.
     */
    public record PEdge(String id, String source, String target, String relation, String labelZh, String labelEn,
                        String verb, List<String> topics, String paragraph) {
        public String label() {
            return labelZh != null ? labelZh : labelEn;
        }
    }

    public Collection<PNode> nodeList() {
        return nodes.values();
    }

    static Map<String, PNode> newNodeMap() {
        return new LinkedHashMap<>();
    }
}
