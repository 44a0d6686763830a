package org.mandategraph.web;

import static org.mandategraph.web.Html.esc;
import static org.mandategraph.web.Html.link;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.mandategraph.export.Labels;
import org.mandategraph.vocab.MG;
import org.mandategraph.vocab.Prefixes;

/**
 * The parts of a resource page that say what the resource is for: for an agent, what it was asked to do (over
 * time, by topic, what to report on and whether a report answered); for an instrument, its articles and who cites
 * them; for a document, the reports answering it or the mandates it answers. All text is escaped.
 */
final class Sections {
    /** Whether a report answered a reporting mandate: a report linked to the mandate, or to its resolution. */
    static final String REPORTS = """
              OPTIONAL {
                FILTER EXISTS { ?m mg:reportTo|mg:dueSession ?rq }
                { ?rep mg:answersMandate ?m } UNION { ?rep mg:respondsTo ?doc FILTER NOT EXISTS { ?rep mg:answersMandate ?other } }
              }
            """;
    private final Graph data;
    private final Labels labels;

    Sections(Graph data, Labels labels) {
        this.data = data;
        this.labels = labels;
    }

    private String both(String iri) {
        String zh = labels.zh(iri);
        String en = labels.en(iri);
        return zh.equals(en) ? zh : zh + " · " + en;
    }

    static String explorer(String facet, String iri) {
        String v = iri.startsWith(MG.ID) ? iri.substring(MG.ID.length()) : iri;
        return "<a class=\"explore\" href=\"/#explore?" + esc(facet) + "=" + esc(URLEncoder.encode(v, StandardCharsets.UTF_8))
                + "\">" + UiText.get("link.explorer") + "</a>";
    }

    private static String where(String doc, String symbolOrLabel, String paragraph) {
        String tail = paragraph.startsWith(doc + "/") ? paragraph.substring(doc.length() + 1) : paragraph;
        String anchor = tail.replaceFirst("^([a-z]+)/([^/]+).*$", "$1-$2");
        return "<a href=\"" + esc(Html.href(doc)) + "#" + esc(anchor) + "\">" + esc(symbolOrLabel + " " + tail.replace('/', ' '))
                + "</a>";
    }

    private static void bars(StringBuilder b, String cls, String head, Map<String, Integer> counts, java.util.function.Function<String, String> label) {
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        b.append("<table class=\"props bars ").append(cls).append("\"><thead><tr><th>").append(head)
                .append("</th><th>#</th><th></th></tr></thead><tbody>");
        counts.forEach((k, n) -> b.append("<tr><td>").append(label.apply(k)).append("</td><td class=\"n\">").append(n)
                .append("</td><td><meter min=\"0\" max=\"").append(max).append("\" value=\"").append(n).append("\">")
                .append(n).append("</meter></td></tr>"));
        b.append("</tbody></table>");
    }

    /** A body, post, collective or State: its mandates over time, by topic, its reporting duties, every mandate. */
    void agent(StringBuilder b, String iri) {
        String q = """
                SELECT ?m ?ip ?top ?doc ?symbol ?date ?verb ?due ?reportTo
                       (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?topics) (GROUP_CONCAT(DISTINCT STR(?rep); separator=" ") AS ?reports) {
                  ?m mg:addressee <X> ; mg:inParagraph ?ip ; mg:verb ?verb .
                  ?ip mg:partOf* ?top . ?top mg:partOf ?doc . ?doc a mg:Document .
                  OPTIONAL { ?doc mg:symbol ?symbol } OPTIONAL { ?doc mg:adoptedOn ?date } OPTIONAL { ?m mg:topic ?t }
                  OPTIONAL { ?m mg:dueSession ?due } OPTIONAL { ?m mg:reportTo ?reportTo } OPTIONAL { ?top mg:ordinal ?ord }
                """.replace("<X>", "<" + iri + ">") + REPORTS + """
                } GROUP BY ?m ?ip ?top ?doc ?symbol ?date ?verb ?due ?reportTo ?ord ORDER BY DESC(?date) ?doc ?ord ?m LIMIT 2000
                """;
        List<Binding> rows = new ArrayList<>();
        select(q, rows::add);
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Integer> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        Map<String, Integer> byTopic = new TreeMap<>();
        java.util.Set<String> docs = new java.util.HashSet<>();
        for (Binding r : rows) {
            String date = str(r, "date");
            byYear.merge(date == null ? "—" : date.substring(0, 4), 1, Integer::sum);
            for (String t : words(str(r, "topics"))) {
                byTopic.merge(t, 1, Integer::sum);
            }
            docs.add(str(r, "doc"));
        }
        Map<String, Integer> topics = new LinkedHashMap<>();
        byTopic.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> topics.put(e.getKey(), e.getValue()));
        b.append("<section class=\"agent\"><h2>" + UiText.get("agent.mandates") + "</h2><p class=\"summary\">").append(rows.size())
                .append(UiText.get("agent.summary.zh.mandates")).append(docs.size()).append(UiText.get("agent.summary.zh.documents")).append(rows.size())
                .append(UiText.get("agent.summary.en.mandates")).append(docs.size()).append(UiText.get("agent.summary.en.documents")).append(explorer("addressee", iri))
                .append("</p><div class=\"side-by-side\">");
        bars(b, "by-year", UiText.get("bars.year"), byYear, Html::esc);
        bars(b, "by-topic", UiText.get("bars.topic"), topics, t -> link(t, both(t)));
        b.append("</div>");
        List<Binding> reporting = rows.stream().filter(r -> r.contains("due") || r.contains("reportTo")).toList();
        if (!reporting.isEmpty()) {
            b.append("<h3>" + UiText.get("agent.reporting") + "</h3><table class=\"props reporting\"><thead><tr><th>" + UiText.get("column.paragraph") + "</th>"
                    + "<th>" + UiText.get("column.reportTo") + "</th><th>" + UiText.get("column.session") + "</th><th>" + UiText.get("column.answeredBy") + "</th></tr></thead><tbody>");
            for (Binding r : reporting) {
                b.append("<tr><td>").append(where(str(r, "doc"), docLabel(r), str(r, "ip"))).append("</td><td>")
                        .append(r.contains("reportTo") ? link(str(r, "reportTo"), both(str(r, "reportTo"))) : "—")
                        .append("</td><td>").append(esc(r.contains("due") ? str(r, "due") : "—")).append("</td><td>");
                List<String> reps = words(str(r, "reports"));
                if (reps.isEmpty()) {
                    b.append("<span class=\"open\">" + UiText.get("status.unanswered") + "</span>");
                } else {
                    reps.forEach(rep -> b.append(link(rep, labels.en(rep))).append(" "));
                }
                b.append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        b.append("<h3>" + UiText.get("agent.every") + "</h3><table class=\"props mandates\"><thead><tr><th>" + UiText.get("column.paragraph") + "</th>"
                + "<th>" + UiText.get("column.date") + "</th><th>" + UiText.get("column.verb") + "</th><th>" + UiText.get("column.topics") + "</th></tr></thead><tbody>");
        for (Binding r : rows) {
            b.append("<tr><td>").append(where(str(r, "doc"), docLabel(r), str(r, "ip"))).append("</td><td>")
                    .append(esc(r.contains("date") ? str(r, "date") : "")).append("</td><td>")
                    .append(link(str(r, "verb"), both(str(r, "verb")))).append("</td><td>");
            for (String t : words(str(r, "topics"))) {
                b.append("<span class=\"topic\">").append(link(t, labels.zh(t))).append("</span> ");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table></section>");
    }

    /** An instrument: its provisions (and itself) with how many paragraphs cite each, and which documents. */
    void instrument(StringBuilder b, String iri) {
        String q = """
                SELECT ?prov (COUNT(DISTINCT ?p) AS ?n) (GROUP_CONCAT(DISTINCT STR(?doc); separator=" ") AS ?docs) {
                  ?p mg:cites ?prov . ?prov mg:partOf* <X> . ?p mg:partOf+ ?doc . ?doc a mg:Document .
                } GROUP BY ?prov ORDER BY DESC(?n) ?prov LIMIT 500
                """.replace("<X>", "<" + iri + ">");
        List<Binding> rows = new ArrayList<>();
        select(q, rows::add);
        if (rows.isEmpty()) {
            return;
        }
        b.append("<section class=\"instrument\"><h2>" + UiText.get("instrument.articles") + "</h2><p class=\"summary\">")
                .append(explorer("instrument", iri)).append("</p><table class=\"props provisions\"><thead><tr>")
                .append("<th>" + UiText.get("column.provision") + "</th><th>" + UiText.get("column.citing") + "</th><th>" + UiText.get("column.documents") + "</th></tr></thead><tbody>");
        for (Binding r : rows) {
            String prov = str(r, "prov");
            b.append("<tr><td>").append(link(prov, prov.equals(iri) ? UiText.get("instrument.whole") : labels.zh(prov)))
                    .append("</td><td class=\"n\">").append(esc(str(r, "n"))).append("</td><td>");
            for (String d : words(str(r, "docs"))) {
                b.append(link(d, labels.en(d))).append(" ");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table></section>");
    }

    /** A document: the reports that answer it, or the mandates a report answers (with the paragraph that asked). */
    void documentLinks(StringBuilder b, String iri) {
        List<String> items = new ArrayList<>();
        select("SELECT ?m ?ip ?doc ?symbol { <X> mg:answersMandate ?m . ?m mg:inParagraph ?ip . ?ip mg:partOf* ?top . "
                .replace("<X>", "<" + iri + ">")
                + "?top mg:partOf ?doc . ?doc a mg:Document OPTIONAL { ?doc mg:symbol ?symbol } } ORDER BY ?ip", r ->
                items.add("<li class=\"answers\">" + UiText.get("note.answers") + where(str(r, "doc"), docLabel(r), str(r, "ip")) + "</li>"));
        select("SELECT ?d { <X> mg:respondsTo ?d } ORDER BY ?d".replace("<X>", "<" + iri + ">"), r ->
                items.add("<li class=\"responds\">" + UiText.get("note.respondsTo") + link(str(r, "d"), labels.en(str(r, "d"))) + "</li>"));
        select("SELECT DISTINCT ?r { ?r mg:respondsTo <X> } ORDER BY ?r".replace("<X>", "<" + iri + ">"), r ->
                items.add("<li class=\"answered-by\">" + UiText.get("note.answeredBy") + link(str(r, "r"), labels.en(str(r, "r"))) + "</li>"));
        if (!items.isEmpty()) {
            b.append("<ul class=\"doc-links\">");
            items.stream().distinct().forEach(b::append);
            b.append("</ul>");
        }
    }

    private String docLabel(Binding r) {
        return r.contains("symbol") ? str(r, "symbol") : labels.en(str(r, "doc"));
    }

    private static List<String> words(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.trim().split(" "));
    }

    private static String str(Binding b, String v) {
        Node n = b.get(v);
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI();
    }

    private void select(String q, Consumer<Binding> action) {
        try (QueryExec qe = QueryExec.graph(data).query(Prefixes.sparql() + q).build()) {
            qe.select().forEachRemaining(action);
        }
    }
}
