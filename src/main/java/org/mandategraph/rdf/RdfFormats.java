package org.mandategraph.rdf;

import org.mandategraph.vocab.Prefixes;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.mandategraph.annotate.AnnotatedDocument;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;

/** The RDF serialisations {@code extract} writes, by their short command-line names. */
public final class RdfFormats {
    public static final List<String> NAMES = List.of("nt", "nq", "ttl", "trig", "jsonld", "rdfxml");
    private static final Map<String, Lang> LANGS = Map.of(
            "nt", Lang.NTRIPLES, "nq", Lang.NQUADS, "ttl", Lang.TURTLE, "trig", Lang.TRIG,
            "jsonld", Lang.JSONLD, "rdfxml", Lang.RDFXML);

    private RdfFormats() {
    }

    public static Optional<Lang> lang(String name) {
        return Optional.ofNullable(name == null ? null : LANGS.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Whether {@code extract} can write this format document by document. */
    public static boolean streams(Lang lang) {
        return lang.equals(Lang.NTRIPLES) || lang.equals(Lang.NQUADS) || lang.equals(Lang.TURTLE) || lang.equals(Lang.TRIG);
    }

    /** Whether the format keeps one named graph per document. */
    public static boolean quads(Lang lang) {
        return lang.equals(Lang.NQUADS) || lang.equals(Lang.TRIG);
    }

    /** A streaming writer of a format that {@link #streams} (Turtle and TriG in Jena's streaming blocks style). */
    public static StreamRDF writer(Lang lang, OutputStream out) {
        RDFFormat f = lang.equals(Lang.NQUADS) ? RDFFormat.NQUADS : lang.equals(Lang.NTRIPLES) ? RDFFormat.NTRIPLES
                : lang.equals(Lang.TRIG) ? RDFFormat.TRIG_BLOCKS : RDFFormat.TURTLE_BLOCKS;
        return StreamRDFWriter.getWriterStream(out, f);
    }

    /**
     * Writes a dataset: quad formats keep one named graph per document; triple formats write the union.
     */
    public static void write(Dataset ds, Lang lang, OutputStream out) {
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.ALL);
        if (lang.equals(Lang.NQUADS)) {
            RDFDataMgr.write(out, ds, RDFFormat.NQUADS);
        } else if (lang.equals(Lang.TRIG)) {
            ds.getDefaultModel().setNsPrefixes(pm);
            RDFDataMgr.write(out, ds, RDFFormat.TRIG_BLOCKS);
        } else if (lang.equals(Lang.NTRIPLES)) {
            RDFDataMgr.write(out, ds.getUnionModel(), RDFFormat.NTRIPLES);
        } else {
            var m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            m.add(ds.getUnionModel());
            m.setNsPrefixes(pm);
            RDFFormat f = lang.equals(Lang.TURTLE) ? RDFFormat.TURTLE_BLOCKS
                    : lang.equals(Lang.JSONLD) ? RDFFormat.JSONLD11 : RDFFormat.RDFXML_PLAIN;
            RDFDataMgr.write(out, m, f);
        }
    }
}
