package org.mandategraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandategraph.vocab.MG;
import org.mandategraph.testing.Seeds;

/**
 * The seeds' citations against gold annotations (src/test/resources/gold, SPEC §5; 000 from the shared gold-dev),
 * keyed the way {@code score.py} keys them: (paragraph, target) with sub-paragraphs counting for their paragraph,
 * instrument-level citations scored apart as (document, instrument).
 */
class GoldCitationsTest {
    private static final Path GOLD = Path.of("src/test/resources/gold");

    record Scores(double citationsF1, double provisionsF1, double instrumentsF1, Set<String> missed, Set<String> spurious) {
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"000", "001", "002", "003", "004"})
    void citationsMatchGold(String prefix) throws IOException {
        Scores s = score(prefix);
        assertThat(s.citationsF1()).as("citations F1 of %s; missed %s, spurious %s", prefix, s.missed(), s.spurious())
                .isGreaterThanOrEqualTo(0.95);
        assertThat(s.provisionsF1()).as("provision F1 of %s; missed %s, spurious %s", prefix, s.missed(), s.spurious())
                .isEqualTo(1.0);
        assertThat(s.instrumentsF1()).as("instruments F1 of %s", prefix).isGreaterThanOrEqualTo(0.95);
    }

    static Scores score(String prefix) throws IOException {
        AnnotatedDocument ad = Seeds.document(prefix);
        Dataset ds = Seeds.batch().dataset();
        Model g = ModelFactory.createDefaultModel();
        ds.begin(ReadWrite.READ);
        try {
            g.add(ds.getNamedModel(org.mandategraph.vocab.Iris.version(ad.iri(), ad.language().tag())));
        } finally {
            ds.end();
        }
        Resource doc = g.createResource(ad.iri());
        Map<Resource, String> para = new HashMap<>();
        for (Statement st : g.listStatements(doc, MG.hasParagraph, (RDFNode) null).toList()) {
            Resource p = st.getResource();
            boolean pre = g.contains(p, RDF.type, MG.PreambularParagraph);
            para.put(p, pre ? "P" : p.getProperty(MG.number).getString());
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Statement st : g.listStatements(null, MG.partOf, (RDFNode) null).toList()) {
                if (st.getObject().isResource() && para.containsKey(st.getResource()) && !para.containsKey(st.getSubject())) {
                    para.put(st.getSubject(), para.get(st.getResource()));
                    changed = true;
                }
            }
        }
        Set<String> pred = new HashSet<>();
        Set<String> predInstruments = new HashSet<>();
        for (Statement st : g.listStatements(null, MG.cites, (RDFNode) null).toList()) {
            String p = para.get(st.getSubject());
            String o = st.getResource().getURI();
            if (p == null || o.equals(ad.iri())) {
                continue;
            }
            String key = key(o.substring(MG.ID.length()));
            if (o.startsWith(MG.ID + "instrument/")) {
                predInstruments.add(key.split(" ")[0]);
                if (!key.contains(" ")) {
                    continue;
                }
            }
            pred.add(p + "\t" + key);
        }
        Set<String> gold = new HashSet<>();
        for (String[] r : rows("citations.tsv", prefix)) {
            gold.add(r[1] + "\t" + r[2]);
        }
        Set<String> goldInstruments = new HashSet<>();
        for (String[] r : rows("instruments.tsv", prefix)) {
            goldInstruments.add(r[1]);
        }
        Set<String> missed = new HashSet<>(gold);
        missed.removeAll(pred);
        Set<String> spurious = new HashSet<>(pred);
        spurious.removeAll(gold);
        return new Scores(f1(gold, pred), f1(provisions(gold), provisions(pred)), f1(goldInstruments, predInstruments),
                missed, spurious);
    }

    /** The gold key of a cited IRI's local part ({@code resolution/GA/66/177} → {@code GA 66/177}). */
    static String key(String local) {
        String[] parts = local.split("/");
        return switch (parts[0]) {
            case "resolution" -> parts[1] + " " + String.join("/", List.of(parts).subList(2, parts.length));
            case "decision" -> parts[1] + " dec " + String.join("/", List.of(parts).subList(2, parts.length));
            case "doc" -> "doc " + local.substring(4);
            case "instrument" -> {
                StringBuilder sb = new StringBuilder(parts[1]);
                for (int i = 2; i + 1 < parts.length; i += 2) {
                    sb.append(' ').append(parts[i]).append('.').append(parts[i + 1]);
                }
                yield sb.toString();
            }
            default -> local;
        };
    }

    private static Set<String> provisions(Set<String> keys) {
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            if (k.contains(" art.") || k.contains(" chap.") || k.contains(" para.")) {
                out.add(k);
            }
        }
        return out;
    }

    private static double f1(Set<String> gold, Set<String> pred) {
        if (gold.isEmpty() && pred.isEmpty()) {
            return 1.0;
        }
        Set<String> tp = new HashSet<>(gold);
        tp.retainAll(pred);
        double p = pred.isEmpty() ? 0 : (double) tp.size() / pred.size();
        double r = gold.isEmpty() ? 1 : (double) tp.size() / gold.size();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static List<String[]> rows(String file, String prefix) throws IOException {
        return Files.readAllLines(GOLD.resolve(file), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t"))
                .filter(r -> r[0].equals(prefix) && !(r.length > 3 && r[3].equals("optional"))).toList();
    }
}
