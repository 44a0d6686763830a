package org.mandategraph.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.mandategraph.vocab.MG;

/**
 * Scores an extracted graph against gold TSVs the way {@code shared/eval/score.py} does, so a test can hold
 * extraction of a whole corpus to a bar: mandates keyed (file, paragraph, addressee), citations (file, paragraph,
 * target key), responses (report, resolution).
 */
public final class GoldScore {
    /** Precision, recall and F1 of one measure, with what was missed and what was spurious. */
    public record Prf(double precision, double recall, double f1, int gold, int predicted, Set<List<String>> missed,
                      Set<List<String>> spurious) {
        static Prf of(Set<List<String>> gold, Set<List<String>> pred) {
            Set<List<String>> tp = new HashSet<>(gold);
            tp.retainAll(pred);
            double p = pred.isEmpty() ? (gold.isEmpty() ? 1 : 0) : (double) tp.size() / pred.size();
            double r = gold.isEmpty() ? 1 : (double) tp.size() / gold.size();
            Set<List<String>> missed = new HashSet<>(gold);
            missed.removeAll(pred);
            Set<List<String>> spurious = new HashSet<>(pred);
            spurious.removeAll(gold);
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), gold.size(), pred.size(), missed, spurious);
        }
    }

    private final Model g;
    private final Map<Resource, String> docs = new HashMap<>();
    private final Map<Resource, List<String>> paras = new HashMap<>();

    public GoldScore(Model graph, Set<String> prefixes) {
        this.g = graph;
        for (Statement s : g.listStatements(null, MG.sourceFile, (RDFNode) null).toList()) {
            String f = s.getString();
            prefixes.stream().filter(f::startsWith).findFirst().ifPresent(p -> docs.put(s.getSubject(), p));
        }
        for (Map.Entry<Resource, String> d : docs.entrySet()) {
            for (Statement s : d.getKey().listProperties(MG.hasParagraph).toList()) {
                Resource p = s.getResource();
                String key = p.hasProperty(RDF.type, MG.PreambularParagraph) ? "P" : p.getProperty(MG.number).getString();
                paras.put(p, List.of(d.getValue(), key));
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Statement s : g.listStatements(null, MG.partOf, (RDFNode) null).toList()) {
                if (s.getObject().isResource() && paras.containsKey(s.getResource()) && !paras.containsKey(s.getSubject())) {
                    paras.put(s.getSubject(), paras.get(s.getResource()));
                    changed = true;
                }
            }
        }
    }

    public static List<List<String>> rows(Path tsv) throws IOException {
        List<List<String>> out = new ArrayList<>();
        if (!Files.exists(tsv)) {
            return out;
        }
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(List.of(line.split("\t", -1)));
            }
        }
        return out;
    }

    private static String local(String iri) {
        return iri.startsWith(MG.ID) ? iri.substring(MG.ID.length()) : null;
    }

    private static String code(Resource r) {
        String l = local(r.getURI());
        return l == null ? r.getURI() : l.substring(l.indexOf('/') + 1);
    }

    /** score.py's target keys: {@code GA 66/177}, {@code CCPCJ dec 19/1}, {@code doc A/67/156}, {@code UNTOC art.7 para.1}. */
    public static String targetKey(String iri) {
        String l = local(iri);
        if (l == null) {
            return null;
        }
        String[] p = l.split("/");
        String rest = String.join("/", java.util.Arrays.copyOfRange(p, Math.min(2, p.length), p.length));
        switch (p[0]) {
            case "resolution":
                return p[1] + " " + rest;
            case "decision":
                return p[1] + " dec " + rest;
            case "doc":
                return "doc " + String.join("/", java.util.Arrays.copyOfRange(p, 1, p.length));
            case "instrument":
                StringBuilder sb = new StringBuilder(p[1]);
                for (int i = 2; i + 1 < p.length; i += 2) {
                    sb.append(' ').append(p[i]).append('.').append(p[i + 1]);
                }
                return sb.toString();
            default:
                return null;
        }
    }

    /** Documents checked field by field (type, symbol, date, preambular and operative counts), as score.py does. */
    public record DocumentScore(double accuracy, List<String> misses) {
    }

    public DocumentScore documents(Path gold) throws IOException {
        Map<String, Resource> byPrefix = new HashMap<>();
        docs.forEach((r, p) -> byPrefix.put(p, r));
        int checks = 0;
        int ok = 0;
        List<String> misses = new ArrayList<>();
        for (List<String> r : rows(gold)) {
            Resource d = byPrefix.get(r.get(0));
            String type = d == null ? "-" : d.hasProperty(RDF.type, MG.Resolution) ? "Resolution"
                    : d.hasProperty(RDF.type, MG.Decision) ? "Decision" : d.hasProperty(RDF.type, MG.Report) ? "Report" : "?";
            String symbol = d == null || !d.hasProperty(MG.symbol) ? "-" : d.getProperty(MG.symbol).getString();
            String date = d == null || !d.hasProperty(MG.adoptedOn) ? "-" : d.getProperty(MG.adoptedOn).getString();
            long pre = d == null ? 0 : d.listProperties(MG.hasParagraph).toList().stream()
                    .filter(x -> x.getResource().hasProperty(RDF.type, MG.PreambularParagraph)).count();
            long op = d == null ? 0 : d.listProperties(MG.hasParagraph).toList().stream()
                    .filter(x -> x.getResource().hasProperty(RDF.type, MG.OperativeParagraph)).count();
            String[][] fields = {{"type", r.get(1), type}, {"symbol", r.get(3), symbol}, {"date", r.get(5), date},
                    {"preambular", r.get(6), String.valueOf(pre)}, {"operative", r.get(7), String.valueOf(op)}};
            for (String[] f : fields) {
                if (f[1].equals("-")) {
                    continue;
                }
                checks++;
                if (f[1].equals(f[2])) {
                    ok++;
                } else {
                    misses.add(r.get(0) + " " + f[0] + ": want " + f[1] + ", got " + f[2]);
                }
            }
        }
        return new DocumentScore(checks == 0 ? 1 : (double) ok / checks, misses);
    }

    public Prf mandates(Path gold) throws IOException {
        Set<List<String>> want = new HashSet<>();
        Set<List<String>> optional = new HashSet<>();
        for (List<String> r : rows(gold)) {
            List<String> k = List.of(r.get(0), r.get(1), r.get(2), r.get(3));
            // an optional row is neither required nor spurious, as in score.py
            (r.size() > 5 && r.get(5).equals("optional") ? optional : want).add(k);
        }
        Set<List<String>> got = new HashSet<>();
        for (Resource m : g.listSubjectsWithProperty(RDF.type, MG.Mandate).toList()) {
            List<String> p = paras.get(m.getPropertyResourceValue(MG.inParagraph));
            if (p != null) {
                got.add(List.of(p.get(0), p.get(1), code(m.getPropertyResourceValue(MG.verb)),
                        code(m.getPropertyResourceValue(MG.addressee))));
            }
        }
        want.removeIf(w -> !docs.containsValue(w.get(0)));
        got.removeAll(optional);
        return Prf.of(want, got);
    }

    public Prf citations(Path gold) throws IOException {
        Set<List<String>> want = new HashSet<>();
        Set<List<String>> optional = new HashSet<>();
        for (List<String> r : rows(gold)) {
            List<String> k = List.of(r.get(0), r.get(1), r.get(2));
            (r.size() > 3 && r.get(3).equals("optional") ? optional : want).add(k);
        }
        Set<List<String>> got = new HashSet<>();
        for (Statement s : g.listStatements(null, MG.cites, (RDFNode) null).toList()) {
            List<String> p = paras.get(s.getSubject());
            String key = s.getObject().isURIResource() ? targetKey(s.getResource().getURI()) : null;
            String l = s.getObject().isURIResource() ? local(s.getResource().getURI()) : null;
            if (p == null || key == null || (l.startsWith("instrument/") && l.split("/").length == 2)) {
                continue;
            }
            got.add(List.of(p.get(0), p.get(1), key));
        }
        got.removeAll(optional);
        return Prf.of(want, got);
    }

    public Prf responses(Path gold) throws IOException {
        Set<List<String>> want = new HashSet<>();
        for (List<String> r : rows(gold)) {
            want.add(List.of(r.get(0), r.get(1)));
        }
        Set<List<String>> got = new HashSet<>();
        for (Statement s : g.listStatements(null, MG.respondsTo, (RDFNode) null).toList()) {
            String subj = docs.containsKey(s.getSubject()) ? "file:" + docs.get(s.getSubject()) : targetKey(s.getSubject().getURI());
            got.add(List.of(subj, targetKey(s.getResource().getURI())));
        }
        return Prf.of(want, got);
    }
}
