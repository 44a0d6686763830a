package org.mandategraph.web;

import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/** Content negotiation for linked-data responses: HTML for browsers, Turtle for anything that does not say. */
final class Conneg {
    static final String HTML = "text/html";
    /** Offers in order of preference; the first wins a tie, so a bare {@code *}{@code /*} gets Turtle. */
    static final List<String> RDF = List.of("text/turtle", "application/ld+json", "application/rdf+xml",
            "application/n-triples");

    private Conneg() {
    }

    static String choose(String accept, boolean html) {
        if (accept == null || accept.isBlank()) {
            return RDF.get(0);
        }
        List<String> offers = new java.util.ArrayList<>(RDF);
        if (html) {
            offers.add(1, HTML);
        }
        offers.add("application/json");
        MediaType m = AcceptList.match(new AcceptList(accept), AcceptList.create(offers.toArray(String[]::new)));
        if (m == null) {
            return null;
        }
        String ct = m.getContentTypeStr();
        return ct.equals("application/json") ? "application/ld+json" : ct;
    }
}
