package org.mandategraph.web;

import static org.mandategraph.web.Html.esc;
import static org.mandategraph.web.Html.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;
import org.mandategraph.export.Labels;
import org.mandategraph.vocab.MG;
import org.mandategraph.vocab.Prefixes;

/**
 * The HTML page of a resource: its labels in zh and en, every statement about it with each IRI linked, the links
 * into it, and for documents and paragraphs the text with verbs, addressees and citations highlighted from their
 * evidence spans. All text is escaped.
 */
final class ResourcePage {
    private static final Map<String, Integer> KIND_ORDER = Map.of("pp", 0, "op", 1, "para", 2);

    private final Graph data;
    private final Labels labels;

    ResourcePage(Graph data) {
        this.data = data;
        this.labels = new Labels(data);
    }

    String render(String iri, Graph description) {
        Node r = NodeFactory.createURI(iri);
        String[] l = labels.both(iri);
        StringBuilder b = new StringBuilder();
        b.append("<h1 data-iri=\"").append(esc(iri)).append("\"><span lang=\"zh\">").append(esc(l[0]))
                .append("</span>");
        if (!l[1].equals(l[0])) {
            b.append(" <span class=\"en\" lang=\"en\">").append(esc(l[1])).append("</span>");
        }
        b.append("</h1><p class=\"iri\"><code>").append(esc(iri)).append("</code> · ")
                .append("<a href=\"").append(esc(Html.href(iri))).append("?format=ttl\">Turtle</a> · ")
                .append("<a href=\"").append(esc(Html.href(iri))).append("?format=jsonld\">JSON-LD</a></p>");
        boolean isDocument = data.contains(r, RDF.type.asNode(), MG.Document.asNode())
                && data.contains(r, MG.hasParagraph.asNode(), Node.ANY);
        boolean isParagraph = data.contains(r, RDF.type.asNode(), MG.Paragraph.asNode())
                && data.contains(r, MG.text.asNode(), Node.ANY);
        if (isDocument) {
            new Sections(data, labels).documentLinks(b, iri);
            b.append("<section class=\"document\"><h2>" + UiText.get("section.paragraphs") + "</h2>");
            for (String p : paragraphs(iri)) {
                paragraph(b, p, true);
            }
            b.append("</section>");
        } else if (isParagraph) {
            b.append("<section class=\"document\">");
            paragraph(b, iri, false);
            b.append("</section>");
        }
        Sections sections = new Sections(data, labels);
        if (isAgent(r)) {
            sections.agent(b, iri);
        } else if (data.contains(r, RDF.type.asNode(), MG.Instrument.asNode())) {
            sections.instrument(b, iri);
        }
        statements(b, r, description);
        return Html.page(l[0], b.toString());
    }

    private boolean isAgent(Node r) {
        return data.contains(r, RDF.type.asNode(), MG.Body.asNode()) || data.contains(r, RDF.type.asNode(), MG.StateGroup.asNode())
                || data.contains(r, RDF.type.asNode(), MG.State.asNode())
                || data.contains(Node.ANY, MG.addressee.asNode(), r);
    }

    private void statements(StringBuilder b, Node r, Graph description) {
        List<Triple> out = new ArrayList<>();
        List<Triple> in = new ArrayList<>();
        description.find().forEachRemaining(t -> {
            if (t.getSubject().equals(r)) {
                out.add(t);
            } else if (t.getObject().equals(r)) {
                in.add(t);
            }
        });
        Comparator<Triple> order = Comparator.comparing((Triple t) -> t.getPredicate().getURI())
                .thenComparing(t -> t.getObject().toString()).thenComparing(t -> t.getSubject().toString());
        out.sort(order);
        in.sort(order);
        b.append("<section class=\"statements\"><h2>" + UiText.get("section.description") + "</h2><table class=\"props\"><tbody>");
        for (Triple t : out) {
            b.append("<tr><th>").append(predicate(t.getPredicate())).append("</th><td>").append(value(t.getObject()))
                    .append("</td></tr>");
        }
        b.append("</tbody></table>");
        if (!in.isEmpty()) {
            // many links (every paragraph mentioning a body) fold away; the sections above say what they mean
            b.append(in.size() > 20 ? "<details class=\"incoming\"><summary>" : "<h2>").append(UiText.get("section.incoming"))
                    .append(in.size()).append(")").append(in.size() > 20 ? "</summary>" : "</h2>")
                    .append("<table class=\"props incoming\"><tbody>");
            for (Triple t : in) {
                b.append("<tr><td>").append(value(t.getSubject())).append("</td><th>").append(predicate(t.getPredicate()))
                        .append("</th></tr>");
            }
            b.append("</tbody></table>").append(in.size() > 20 ? "</details>" : "");
        }
        b.append("</section>");
    }

    private String predicate(Node p) {
        String iri = p.getURI();
        String curie = curie(iri);
        return link(iri, curie);
    }

    static String curie(String iri) {
        for (var e : Prefixes.ALL.entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
                return e.getKey() + ":" + iri.substring(e.getValue().length());
            }
        }
        return iri;
    }

    private String value(Node o) {
        if (o.isURI()) {
            String[] l = labels.both(o.getURI());
            String text = l[0].equals(l[1]) ? l[0] : l[0] + " · " + l[1];
            return link(o.getURI(), text) + " <code class=\"curie\">" + esc(curie(o.getURI())) + "</code>";
        }
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            String suffix = lang.isEmpty() ? "" : " <span class=\"lang\">@" + esc(lang) + "</span>";
            return "<span class=\"literal\"" + (lang.isEmpty() ? "" : " lang=\"" + esc(lang) + "\"") + ">"
                    + esc(o.getLiteralLexicalForm()) + "</span>" + suffix;
        }
        return esc(o.toString());
    }

    private List<String> paragraphs(String doc) {
        List<String[]> rows = new ArrayList<>();
        select("SELECT ?p ?ord { <" + doc + "> mg:hasParagraph ?p OPTIONAL { ?p mg:ordinal ?ord } }", b -> rows.add(
                new String[] {b.get("p").getURI(), b.contains("ord") ? b.get("ord").getLiteralLexicalForm() : "0"}));
        rows.sort(Comparator.comparingInt((String[] a) -> KIND_ORDER.getOrDefault(segment(a[0]), 3))
                .thenComparingInt(a -> parseInt(a[1])).thenComparingInt(a -> parseInt(tail(a[0]))));
        return rows.stream().map(a -> a[0]).toList();
    }

    private static String segment(String paragraphIri) {
        String[] parts = paragraphIri.split("/");
        return parts.length >= 2 ? parts[parts.length - 2] : "";
    }

    private static String tail(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.replaceAll("\\D", ""));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** One highlight: a span of a text, its class and where it links. */
    private record Mark(int start, int end, String exact, String cls, String iri, String title) {
    }

    private void paragraph(StringBuilder b, String p, boolean anchorLink) {
        String text = literal(p, MG.text.asNode());
        if (text == null) {
            return;
        }
        List<String> subs = new ArrayList<>();
        select("SELECT ?s { <" + p + "> mg:hasSubParagraph ?s }", x -> subs.add(x.get("s").getURI()));
        subs.sort(Comparator.naturalOrder());
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(p, text);
        for (String s : subs) {
            String st = literal(s, MG.text.asNode());
            if (st != null) {
                texts.put(s, st);
            }
        }
        List<Mark> marks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String mq = """
                SELECT ?m ?verb ?addr ?vs ?ve ?vx ?as ?ae ?ax (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?topics) {
                  ?m mg:inParagraph <P> ; mg:addressee ?addr .
                  OPTIONAL { ?m mg:verb ?verb }
                  OPTIONAL { ?m mg:topic ?t }
                  OPTIONAL { ?m mg:verbEvidence ?v . ?v oa:start ?vs ; oa:end ?ve . OPTIONAL { ?v oa:exact ?vx } }
                  OPTIONAL { ?m mg:addresseeEvidence ?a . ?a oa:start ?as ; oa:end ?ae . OPTIONAL { ?a oa:exact ?ax } }
                } GROUP BY ?m ?verb ?addr ?vs ?ve ?vx ?as ?ae ?ax ORDER BY ?m
                """.replace("<P>", "<" + p + ">");
        select(mq, x -> {
            String verb = x.contains("verb") ? x.get("verb").getURI() : null;
            String addr = x.get("addr").getURI();
            if (verb != null && x.contains("vs")) {
                marks.add(new Mark(num(x, "vs"), num(x, "ve"), str(x, "vx"), "verb", verb, labels.en(verb)));
            }
            if (x.contains("as")) {
                marks.add(new Mark(num(x, "as"), num(x, "ae"), str(x, "ax"), "addressee", addr, labels.en(addr)));
            }
            StringBuilder n = new StringBuilder("<li class=\"mandate\">");
            if (verb != null) {
                n.append("<span class=\"verb\">").append(link(verb, labels.zh(verb) + " · " + labels.en(verb)))
                        .append("</span> → ");
            }
            n.append("<span class=\"addressee\">").append(link(addr, labels.zh(addr) + " · " + labels.en(addr)))
                    .append("</span>");
            String topics = str(x, "topics");
            if (topics != null && !topics.isBlank()) {
                for (String t : topics.split(" ")) {
                    n.append(" <span class=\"topic\">").append(link(t, labels.zh(t) + " · " + labels.en(t)))
                            .append("</span>");
                }
            }
            notes.add(n.append("</li>").toString());
        });
        for (String src : texts.keySet()) {
            String cq = """
                    SELECT ?c ?t ?s ?e ?x {
                      <SRC> mg:citation ?c . ?c mg:target ?t .
                      OPTIONAL { ?c mg:evidence ?ev . ?ev oa:start ?s ; oa:end ?e . OPTIONAL { ?ev oa:exact ?x } }
                    } ORDER BY ?c
                    """.replace("<SRC>", "<" + src + ">");
            select(cq, x -> {
                String t = x.get("t").getURI();
                if (x.contains("s")) {
                    marks.add(new Mark(num(x, "s"), num(x, "e"), str(x, "x"), "citation", t, labels.en(t)));
                }
                notes.add("<li class=\"cites\">" + UiText.get("note.cites") + link(t, labels.zh(t)
                        + (labels.en(t).equals(labels.zh(t)) ? "" : " · " + labels.en(t))) + "</li>");
            });
        }
        String id = segment(p) + "-" + tail(p);
        b.append("<article class=\"paragraph\" id=\"").append(esc(id)).append("\" data-iri=\"").append(esc(p))
                .append("\"><h3>").append(anchorLink ? link(p, labels.en(p)) : esc(labels.en(p))).append("</h3>");
        Map<String, List<Mark>> placed = place(texts, marks);
        for (var e : texts.entrySet()) {
            boolean sub = !e.getKey().equals(p);
            b.append("<p class=\"text").append(sub ? " sub" : "").append("\" lang=\"zh\">");
            if (sub) {
                b.append("<span class=\"label\">(").append(esc(tail(e.getKey()))).append(")</span> ");
            }
            highlight(b, e.getValue(), placed.getOrDefault(e.getKey(), List.of()));
            b.append("</p>");
        }
        if (!notes.isEmpty()) {
            b.append("<ul class=\"annotations\">");
            notes.stream().distinct().forEach(b::append);
            b.append("</ul>");
        }
        b.append("</article>");
    }

    /**
     * Puts each mark in the text its offsets fit (its {@code oa:exact} is there); a mark whose offsets fit no text
     * (it was measured on a footnote or a sub-paragraph) is placed where its exact text first occurs, if anywhere.
     */
    private static Map<String, List<Mark>> place(Map<String, String> texts, List<Mark> marks) {
        Map<String, List<Mark>> out = new TreeMap<>();
        for (Mark m : marks) {
            String where = null;
            Mark placed = m;
            for (var e : texts.entrySet()) {
                String t = e.getValue();
                if (m.start() >= 0 && m.end() <= t.length() && m.start() < m.end()
                        && (m.exact() == null || t.substring(m.start(), m.end()).equals(m.exact()))) {
                    where = e.getKey();
                    break;
                }
            }
            if (where == null && m.exact() != null && !m.exact().isEmpty()) {
                for (var e : texts.entrySet()) {
                    int i = e.getValue().indexOf(m.exact());
                    if (i >= 0) {
                        where = e.getKey();
                        placed = new Mark(i, i + m.exact().length(), m.exact(), m.cls(), m.iri(), m.title());
                        break;
                    }
                }
            }
            if (where != null) {
                out.computeIfAbsent(where, k -> new ArrayList<>()).add(placed);
            }
        }
        return out;
    }

    private static void highlight(StringBuilder b, String text, List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparingInt(m -> -m.end()));
        int pos = 0;
        for (Mark m : sorted) {
            if (m.start() < pos) {
                continue;
            }
            b.append(esc(text.substring(pos, m.start())));
            b.append("<a class=\"hl ").append(m.cls()).append("\" href=\"").append(esc(Html.href(m.iri())))
                    .append("\" title=\"").append(esc(m.cls() + ": " + m.title())).append("\"><mark class=\"")
                    .append(m.cls()).append("\">").append(esc(text.substring(m.start(), m.end()))).append("</mark></a>");
            pos = m.end();
        }
        b.append(esc(text.substring(pos)));
    }

    private String literal(String s, Node p) {
        var it = data.find(NodeFactory.createURI(s), p, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) {
                    return o.getLiteralLexicalForm();
                }
            }
        } finally {
            it.close();
        }
        return null;
    }

    private static int num(Binding b, String v) {
        return Integer.parseInt(b.get(v).getLiteralLexicalForm());
    }

    private static String str(Binding b, String v) {
        Node n = b.get(v);
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI();
    }

    private void select(String q, java.util.function.Consumer<Binding> action) {
        try (QueryExec qe = QueryExec.graph(data).query(Prefixes.sparql() + q).build()) {
            qe.select().forEachRemaining(action);
        }
    }
}
