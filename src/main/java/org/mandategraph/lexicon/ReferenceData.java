package org.mandategraph.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * The ontology and reference data of {@code ontology/} (shipped in the jar under {@code org/mandategraph/ontology/}).
 * The extractor's name lists, verb forms and topic keywords are read from here: knowledge is data.
 */
public final class ReferenceData {
    /** File names in {@code ontology/}; each is loaded into its own named graph by the store. */
    public static final List<String> FILES = List.of(
            "mandategraph.ttl", "kinds.ttl", "anaphora.ttl", "bodies.ttl", "states.ttl", "instruments.ttl", "verbs.ttl", "topics.ttl");
    public static final String SHAPES = "shapes.ttl";
    private static final String BASE = "/org/mandategraph/ontology/";

    private final Map<String, Model> models;
    private final Model union;

    private ReferenceData(Map<String, Model> models) {
        this.models = models;
        this.union = ModelFactory.createDefaultModel();
        models.values().forEach(union::add);
    }

    /** The reference data on the class path, read on first use (holder idiom: lazy and thread-safe). */
    public static ReferenceData get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ReferenceData INSTANCE = readAll();
    }

    private static ReferenceData readAll() {
        Map<String, Model> m = new LinkedHashMap<>();
        for (String f : FILES) {
            m.put(f, load(f));
        }
        return new ReferenceData(m);
    }

    /** Loads one file of {@code ontology/} from the class path. */
    public static Model load(String file) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = ReferenceData.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing reference data " + file + " (is ontology/ on the class path?)");
            }
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read reference data " + file, e);
        }
        return m;
    }

    /** SHA-256 over the shipped reference files and shapes: changes exactly when the reference data does. */
    public static String fingerprint() {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            List<String> files = new java.util.ArrayList<>(FILES);
            files.add(SHAPES);
            for (String f : files) {
                try (InputStream in = ReferenceData.class.getResourceAsStream(BASE + f)) {
                    if (in != null) {
                        md.update(f.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        md.update(in.readAllBytes());
                    }
                }
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint reference data", e);
        }
    }

    /**
     * The literals in language {@code tag} (or a subtag of it) of a resource under any of the given label properties,
     * stripped, in statement order: the names, verb forms and keywords the extractor matches in text.
     */
    public static List<String> labels(org.apache.jena.rdf.model.Resource r, String tag,
                                      org.apache.jena.rdf.model.Property... props) {
        List<String> out = new java.util.ArrayList<>();
        for (org.apache.jena.rdf.model.Property p : props) {
            for (org.apache.jena.rdf.model.Statement s : r.listProperties(p).toList()) {
                String lang = s.getObject().isLiteral() ? s.getLiteral().getLanguage() : "";
                if (lang.equalsIgnoreCase(tag) || lang.toLowerCase(java.util.Locale.ROOT).startsWith(tag + "-")) {
                    out.add(s.getLiteral().getLexicalForm().strip());
                }
            }
        }
        return out;
    }

    /** All reference data as one read-only-by-convention model. */
    public Model union() {
        return union;
    }

    public Map<String, Model> byFile() {
        return models;
    }

    /** The named-graph IRI a reference file is stored under: {@code https://w3id.org/mandategraph/graph/bodies}. */
    public static String graphIri(String file) {
        return "https://w3id.org/mandategraph/graph/" + file.replaceFirst("\\.ttl$", "");
    }
}
