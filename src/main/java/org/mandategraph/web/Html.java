package org.mandategraph.web;

import org.mandategraph.vocab.MG;

/** HTML escaping and links for server-rendered pages; every piece of data goes through {@link #esc}. */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Where an IRI is looked up: our own resources on this server, anything else where it lives. */
    static String href(String iri) {
        if (iri.startsWith(MG.ID)) {
            return "/id/" + iri.substring(MG.ID.length());
        }
        return iri;
    }

    static String link(String iri, String text) {
        String external = iri.startsWith(MG.ID) ? "" : " class=\"external\" rel=\"noopener\"";
        return "<a href=\"" + esc(href(iri)) + "\"" + external + " title=\"" + esc(iri) + "\">" + esc(text) + "</a>";
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · MandateGraph</title>"
                + "<link rel=\"stylesheet\" href=\"/web/style.css\"></head><body>"
                + "<header class=\"top\"><a class=\"brand\" href=\"/\">MandateGraph <span>" + UiText.get("brand") + "</span></a></header>"
                + "<main class=\"resource\">" + body + "</main></body></html>\n";
    }
}
