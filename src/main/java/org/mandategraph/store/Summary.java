package org.mandategraph.store;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.mandategraph.vocab.Iris;
import org.mandategraph.vocab.MG;

/**
 * The summary graph: counts kept at load time, so that the aggregate questions (bodies mentioned and never tasked,
 * verbs by adopting body, articles cited, the overview's charts) read a few thousand totals instead of walking every
 * mandate and citation of the store, which at 10 000 documents took seconds each.
 *
 * <p>Each document has its <em>tallies</em> ({@code mg:ofDocument} names it), counted from its own triples, all its
 * language versions together, so a resolution read in two languages counts once. The <em>totals</em> are the tallies
 * summed over the store, one node per key, named by a digest of the key ({@link Iris#total}) so that a load finds the
 * few it changes by name. A load replaces the tallies of the documents it changed and adds the difference to the
 * totals: its cost follows the documents loaded, not the store. Counts are exact because every paragraph, mandate and
 * citation belongs to exactly one document: summing per-document distinct counts is the distinct count.
 *
 * <p>What is not counted here: anything that depends on other documents (the derived links, e.g. whether a report
 * answered a mandate), which the queries still join at query time on the few rows that need it.
 */
public final class Summary {
    static final Node GRAPH = NodeFactory.createURI(Iris.SUMMARY_GRAPH);
    /**
     * What this code counts, recorded in {@code store.properties} when a store's summary is complete: a store counted
     * by another version (or none) is counted again by its next load. Change it whenever {@link #count} changes.
     */
    static final String VERSION = "3";
    private static final Node TYPE = RDF.type.asNode();
    private static final Node OF_DOCUMENT = MG.ofDocument.asNode();
    private static final Node ABOUT = MG.about.asNode();
    private static final Node ISSUED_BY = MG.issuedBy.asNode();
    private static final Node YEAR = MG.year.asNode();
    private static final Node TO_ADDRESSEE = MG.toAddressee.asNode();
    private static final Pattern YEAR_OF_DATE = Pattern.compile("^(-?\\d{4,})-");

    private Summary() {
    }

    /** What a tally counts, with the class of a document's tally and of the store's total. */
    enum Kind {
        /** A document's paragraphs, mandates and citations; summed into one store total. */
        DOCUMENT(MG.DocumentTally.asNode(), MG.StoreTotal.asNode()),
        /** What a document says of one body, State, instrument or provision. */
        ENTITY(MG.EntityTally.asNode(), MG.EntityTotal.asNode()),
        /** A document's mandates with one lead verb, under each body that adopted it and (without one) under all. */
        VERB(MG.VerbTally.asNode(), MG.VerbTotal.asNode()),
        /** A document under its adopting body or author and its year. */
        ISSUER(MG.IssuerTally.asNode(), MG.IssuerTotal.asNode()),
        /** A document's mandates (those with an addressee) on one topic, and the paragraphs they are in. */
        TOPIC(MG.TopicTally.asNode(), MG.TopicTotal.asNode()),
        /** A document's mandates on one topic addressed to one addressee. */
        TOPIC_ADDRESSEE(MG.TopicAddresseeTally.asNode(), MG.TopicAddresseeTotal.asNode());

        final Node tally;
        final Node total;

        Kind(Node tally, Node total) {
            this.tally = tally;
            this.total = total;
        }

        /** The property that names a key's {@code by}: the issuing body, or for a topic, the addressee. */
        Node byProperty() {
            return this == TOPIC_ADDRESSEE ? TO_ADDRESSEE : ISSUED_BY;
        }
    }

    /** The counts a tally may carry, each written as an {@code xsd:integer} when it is not zero. */
    enum Measure {
        DOCUMENTS(MG.documentCount.asNode()),
        PREAMBULAR(MG.preambularCount.asNode()),
        OPERATIVE(MG.operativeCount.asNode()),
        REPORT_PARAGRAPHS(MG.reportParagraphCount.asNode()),
        MANDATES(MG.mandateCount.asNode()),
        PARAGRAPHS(MG.paragraphCount.asNode()),
        REPORTING_MANDATES(MG.reportingMandateCount.asNode()),
        CITATIONS(MG.citationCount.asNode()),
        MENTIONING(MG.mentioningParagraphCount.asNode()),
        ADDRESSING(MG.addressingMandateCount.asNode()),
        TASKING(MG.taskingParagraphCount.asNode()),
        CITING(MG.citingParagraphCount.asNode()),
        CITING_WITHIN(MG.citingWithinParagraphCount.asNode());

        final Node property;

        Measure(Node property) {
            this.property = property;
        }

        private static final Map<Node, Measure> BY_PROPERTY = new HashMap<>();

        static {
            for (Measure m : values()) {
                BY_PROPERTY.put(m.property, m);
            }
        }
    }

    /** What one count is of: {@code about}, {@code by} and {@code year} are null where the kind has none. */
    record Key(Kind kind, Node about, Node by, String year) {
        /** The text the total's IRI is a digest of. */
        String id() {
            return kind + " " + (about == null ? "" : about) + " " + (by == null ? "" : by) + " " + (year == null ? "" : year);
        }
    }

    /** Counts by key: one document's tallies, the totals of many, or a difference of the two. */
    static final class Counts {
        private final Map<Key, long[]> counts = new LinkedHashMap<>();

        void add(Key key, Measure m, long n) {
            counts.computeIfAbsent(key, k -> new long[Measure.values().length])[m.ordinal()] += n;
        }

        /** Adds {@code sign} times every count of {@code other}. */
        void add(Counts other, int sign) {
            other.counts.forEach((k, v) -> {
                long[] mine = counts.computeIfAbsent(k, x -> new long[Measure.values().length]);
                for (int i = 0; i < v.length; i++) {
                    mine[i] += sign * v[i];
                }
            });
        }

        long get(Key key, Measure m) {
            long[] v = counts.get(key);
            return v == null ? 0 : v[m.ordinal()];
        }

        Map<Key, long[]> asMap() {
            return counts;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Counts c)) {
                return false;
            }
            Set<Key> keys = new HashSet<>(counts.keySet());
            keys.addAll(c.counts.keySet());
            for (Key k : keys) {
                for (Measure m : Measure.values()) {
                    if (get(k, m) != c.get(k, m)) {
                        return false;
                    }
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return 0; // equality ignores all-zero keys; not used in hashed collections
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            counts.forEach((k, v) -> {
                b.append(k.id()).append(':');
                for (Measure m : Measure.values()) {
                    if (v[m.ordinal()] != 0) {
                        b.append(' ').append(m).append('=').append(v[m.ordinal()]);
                    }
                }
                b.append('\n');
            });
            return b.toString();
        }
    }

    /**
     * One document's tallies, counted from {@code g}, the triples of all its language versions. The counts are those
     * of the canned questions they stand for: paragraphs by kind through {@code mg:hasParagraph}, mandates by verb
     * under each adopting body, distinct paragraphs mentioning, tasking and citing each resource, and for each cited
     * resource every resource it is {@code mg:partOf}, so an instrument counts the paragraphs citing its articles.
     */
    static Counts count(Graph g, Node doc) {
        Counts c = new Counts();
        Key document = new Key(Kind.DOCUMENT, null, null, null);
        c.add(document, Measure.DOCUMENTS, 1);
        for (Node p : objects(g, doc, MG.hasParagraph.asNode())) {
            if (g.contains(p, TYPE, MG.PreambularParagraph.asNode())) {
                c.add(document, Measure.PREAMBULAR, 1);
            }
            if (g.contains(p, TYPE, MG.OperativeParagraph.asNode())) {
                c.add(document, Measure.OPERATIVE, 1);
            }
            if (g.contains(p, TYPE, MG.ReportParagraph.asNode())) {
                c.add(document, Measure.REPORT_PARAGRAPHS, 1);
            }
        }
        c.add(document, Measure.CITATIONS, g.find(Node.ANY, TYPE, MG.Citation.asNode()).toList().size());

        Set<Node> adopters = objects(g, doc, MG.adoptedBy.asNode());
        Set<Node> issuers = new LinkedHashSet<>(adopters);
        issuers.addAll(objects(g, doc, MG.author.asNode()));
        Set<String> years = new LinkedHashSet<>();
        for (Node d : objects(g, doc, MG.adoptedOn.asNode())) {
            Matcher m = d.isLiteral() ? YEAR_OF_DATE.matcher(d.getLiteralLexicalForm()) : null;
            if (m != null && m.find()) {
                years.add(m.group(1));
            }
        }
        for (Node by : issuers.isEmpty() ? java.util.Collections.<Node>singleton(null) : issuers) {
            for (String y : years.isEmpty() ? java.util.Collections.<String>singleton(null) : years) {
                c.add(new Key(Kind.ISSUER, null, by, y), Measure.DOCUMENTS, 1);
            }
        }

        Map<Node, Set<Node>> topicParagraphs = new LinkedHashMap<>();
        for (Triple t : g.find(Node.ANY, TYPE, MG.Mandate.asNode()).toList()) {
            Node m = t.getSubject();
            c.add(document, Measure.MANDATES, 1);
            if (g.contains(m, MG.reportTo.asNode(), Node.ANY) || g.contains(m, MG.dueSession.asNode(), Node.ANY)) {
                c.add(document, Measure.REPORTING_MANDATES, 1);
            }
            for (Node verb : objects(g, m, MG.verb.asNode())) {
                c.add(new Key(Kind.VERB, verb, null, null), Measure.MANDATES, 1); // under every adopting body at once
                for (Node by : adopters) {
                    c.add(new Key(Kind.VERB, verb, by, null), Measure.MANDATES, 1);
                }
            }
            Set<Node> addressees = objects(g, m, MG.addressee.asNode());
            for (Node a : addressees) {
                c.add(entity(a), Measure.ADDRESSING, 1);
            }
            if (!addressees.isEmpty()) {
                for (Node topic : objects(g, m, MG.topic.asNode())) {
                    c.add(new Key(Kind.TOPIC, topic, null, null), Measure.MANDATES, 1);
                    topicParagraphs.computeIfAbsent(topic, x -> new HashSet<>()).addAll(objects(g, m, MG.inParagraph.asNode()));
                    for (Node a : addressees) {
                        c.add(new Key(Kind.TOPIC_ADDRESSEE, topic, a, null), Measure.MANDATES, 1);
                    }
                }
            }
        }
        topicParagraphs.forEach((topic, ps) -> c.add(new Key(Kind.TOPIC, topic, null, null), Measure.PARAGRAPHS, ps.size()));
        distinctSubjects(g, MG.mentions.asNode()).forEach((o, s) -> c.add(entity(o), Measure.MENTIONING, s.size()));
        distinctSubjects(g, MG.tasks.asNode()).forEach((o, s) -> c.add(entity(o), Measure.TASKING, s.size()));
        Map<Node, Set<Node>> cited = distinctSubjects(g, MG.cites.asNode());
        Map<Node, Set<Node>> within = new LinkedHashMap<>();
        cited.forEach((o, s) -> {
            c.add(entity(o), Measure.CITING, s.size());
            for (Node up : upwards(g, o)) {
                within.computeIfAbsent(up, x -> new HashSet<>()).addAll(s);
            }
        });
        within.forEach((o, s) -> c.add(entity(o), Measure.CITING_WITHIN, s.size()));
        return c;
    }

    private static Key entity(Node about) {
        return new Key(Kind.ENTITY, about, null, null);
    }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static Map<Node, Set<Node>> distinctSubjects(Graph g, Node p) {
        Map<Node, Set<Node>> out = new LinkedHashMap<>();
        g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> out.computeIfAbsent(t.getObject(), x -> new HashSet<>()).add(t.getSubject()));
        return out;
    }

    /** {@code n} and everything it is {@code mg:partOf}, transitively ({@code mg:partOf*}). */
    private static Set<Node> upwards(Graph g, Node n) {
        Set<Node> seen = new LinkedHashSet<>();
        List<Node> todo = new ArrayList<>(List.of(n));
        while (!todo.isEmpty()) {
            Node x = todo.remove(todo.size() - 1);
            if (seen.add(x)) {
                g.find(x, MG.partOf.asNode(), Node.ANY).forEachRemaining(t -> todo.add(t.getObject()));
            }
        }
        return seen;
    }

    /** The quads of {@code doc}'s tallies, one blank node per key. */
    static void writeTallies(Node doc, Counts c, Consumer<Quad> out) {
        c.asMap().forEach((k, v) -> {
            if (!allZero(v)) {
                Node t = NodeFactory.createBlankNode();
                out.accept(new Quad(GRAPH, t, TYPE, k.kind().tally));
                out.accept(new Quad(GRAPH, t, OF_DOCUMENT, doc));
                writeKeyAndCounts(t, k, v, out);
            }
        });
    }

    private static void writeKeyAndCounts(Node t, Key k, long[] v, Consumer<Quad> out) {
        if (k.about() != null) {
            out.accept(new Quad(GRAPH, t, ABOUT, k.about()));
        }
        if (k.by() != null) {
            out.accept(new Quad(GRAPH, t, k.kind().byProperty(), k.by()));
        }
        if (k.year() != null) {
            out.accept(new Quad(GRAPH, t, YEAR, NodeFactory.createLiteralString(k.year())));
        }
        for (Measure m : Measure.values()) {
            if (v[m.ordinal()] != 0) {
                out.accept(new Quad(GRAPH, t, m.property, NodeFactory.createLiteralDT(Long.toString(v[m.ordinal()]), XSDDatatype.XSDinteger)));
            }
        }
    }

    private static boolean allZero(long[] v) {
        for (long x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /** The stored tallies of {@code doc}: their quads, to delete, and their counts, to subtract from the totals. */
    record Stored(List<Quad> quads, Counts counts) {
    }

    static Stored stored(DatasetGraph dsg, Node doc) {
        List<Quad> quads = new ArrayList<>();
        Counts c = new Counts();
        for (Quad q : list(dsg.find(GRAPH, Node.ANY, OF_DOCUMENT, doc))) {
            List<Quad> node = list(dsg.find(GRAPH, q.getSubject(), Node.ANY, Node.ANY));
            quads.addAll(node);
            read(node, true, c);
        }
        return new Stored(quads, c);
    }

    /** Adds the counts of one tally or total node's quads to {@code into}. */
    private static void read(List<Quad> node, boolean tally, Counts into) {
        Kind kind = null;
        Node about = null;
        Node by = null;
        String year = null;
        Map<Measure, Long> values = new EnumMap<>(Measure.class);
        for (Quad q : node) {
            Node p = q.getPredicate();
            Node o = q.getObject();
            if (p.equals(TYPE)) {
                for (Kind k : Kind.values()) {
                    if ((tally ? k.tally : k.total).equals(o)) {
                        kind = k;
                    }
                }
            } else if (p.equals(ABOUT)) {
                about = o;
            } else if (p.equals(ISSUED_BY) || p.equals(TO_ADDRESSEE)) {
                by = o;
            } else if (p.equals(YEAR)) {
                year = o.getLiteralLexicalForm();
            } else if (Measure.BY_PROPERTY.containsKey(p) && o.isLiteral()) {
                values.put(Measure.BY_PROPERTY.get(p), Long.parseLong(o.getLiteralLexicalForm()));
            }
        }
        if (kind == null) {
            return;
        }
        Key key = new Key(kind, about, by, year);
        values.forEach((m, n) -> into.add(key, m, n));
    }

    /**
     * Adds {@code delta} (new tallies minus old ones) to the stored totals, in the caller's write transaction: a
     * tally and the total it adds to share their key (a document's own counts have the one key of the store total),
     * so only the totals whose key it touches are read and rewritten; a total that falls to zero is removed. Returns
     * the change in stored quads.
     */
    static long addToTotals(DatasetGraph dsg, Counts delta) {
        long n = 0;
        for (Map.Entry<Key, long[]> e : delta.asMap().entrySet()) {
            if (allZero(e.getValue())) {
                continue;
            }
            Node iri = NodeFactory.createURI(Iris.total(e.getKey().id()));
            List<Quad> old = list(dsg.find(GRAPH, iri, Node.ANY, Node.ANY));
            Counts now = new Counts();
            read(old, false, now);
            long[] v = new long[Measure.values().length];
            for (Measure m : Measure.values()) {
                v[m.ordinal()] = now.get(e.getKey(), m) + e.getValue()[m.ordinal()];
            }
            old.forEach(dsg::delete);
            n -= old.size();
            if (!allZero(v)) {
                List<Quad> quads = new ArrayList<>();
                quads.add(new Quad(GRAPH, iri, TYPE, e.getKey().kind().total));
                writeKeyAndCounts(iri, e.getKey(), v, quads::add);
                quads.forEach(dsg::add);
                n += quads.size();
            }
        }
        return n;
    }

    /** The stored totals, read back: for tests and checks, which compare them with a recount. */
    static Counts totals(DatasetGraph dsg) {
        Counts c = new Counts();
        for (Kind k : Kind.values()) {
            for (Quad q : list(dsg.find(GRAPH, Node.ANY, TYPE, k.total))) {
                read(list(dsg.find(GRAPH, q.getSubject(), Node.ANY, Node.ANY)), false, c);
            }
        }
        return c;
    }

    /**
     * A document's triples as stored: the union of the graphs of its language versions (the graphs that say the
     * document {@code mg:hasVersion} something), read in the caller's transaction. Empty when it is not stored.
     */
    static Graph documentTriples(DatasetGraph dsg, Node doc) {
        Set<Node> graphs = new LinkedHashSet<>();
        dsg.find(Node.ANY, doc, MG.hasVersion.asNode(), Node.ANY).forEachRemaining(q -> graphs.add(q.getGraph()));
        Graph g = GraphFactory.createGraphMem();
        for (Node gn : graphs) {
            dsg.find(gn, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        }
        return g;
    }

    /**
     * Brings the tallies of {@code docs} up to date in the caller's write transaction: the stored tallies of each are
     * replaced by a recount of its triples (none if it is no longer stored) and the totals take the difference.
     * Returns the change in stored quads.
     */
    static long refresh(DatasetGraph dsg, Iterable<String> docs) {
        Counts delta = new Counts();
        long n = 0;
        for (String iri : docs) {
            Node doc = NodeFactory.createURI(iri);
            Stored old = stored(dsg, doc);
            old.quads().forEach(dsg::delete);
            n -= old.quads().size();
            delta.add(old.counts(), -1);
            Graph g = documentTriples(dsg, doc);
            if (!g.isEmpty()) {
                Counts now = count(g, doc);
                List<Quad> quads = new ArrayList<>();
                writeTallies(doc, now, quads::add);
                quads.forEach(dsg::add);
                n += quads.size();
                delta.add(now, 1);
            }
        }
        return n + addToTotals(dsg, delta);
    }

    private static List<Quad> list(java.util.Iterator<Quad> it) {
        List<Quad> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    /**
     * Writes the summary of every document graph of {@code dsg} into it, in one write transaction: for datasets built
     * in memory (a server over an extraction, in tests) that no {@link Store.Loader} counted.
     */
    public static void addTo(DatasetGraph dsg) {
        org.apache.jena.system.Txn.executeWrite(dsg, () -> refresh(dsg, Store.documentIris(dsg)));
    }
}
