package org.mandategraph.read;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.annotate.Citation;
import org.mandategraph.annotate.Mandate;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.UnDocument;
import org.mandategraph.ingest.BatchResult;
import org.mandategraph.ingest.Extractor;

/**
 * What the acceptance tests compare between the text of a document and its PDF or DOCX: the document's header and
 * paragraph counts, its mandates (paragraph, verb, addressee) and its citations (paragraph, target), as sets.
 */
record Facts(String document, TreeSet<String> mandates, TreeSet<String> citations) {
    static final Extractor EXTRACTOR = Extractor.standard();

    /** The facts of each file, by file stem; failures are reported in the map as a document line. */
    static Map<String, Facts> of(List<Path> files) {
        StringWriter err = new StringWriter();
        BatchResult b = BatchResult.extract(EXTRACTOR, files, new PrintWriter(err));
        Map<String, Facts> out = new TreeMap<>();
        for (AnnotatedDocument ad : b.documents()) {
            out.put(GeneratedInputs.stem(Path.of(ad.document().source().fileName())), of(ad));
        }
        if (b.failures() > 0) {
            out.put("!failures", new Facts(err.toString(), new TreeSet<>(), new TreeSet<>()));
        }
        return out;
    }

    static Facts of(AnnotatedDocument ad) {
        UnDocument d = ad.document();
        String doc = d.header().type() + " " + d.header().symbol() + " " + d.header().organCode() + " "
                + d.header().adopted() + " paragraphs=" + count(d) + " footnotes=" + d.footnotes().size();
        TreeSet<String> m = new TreeSet<>();
        for (Mandate x : ad.mandates()) {
            m.add(key(d, x.locus().paragraph()) + (x.locus().subParagraph() == null ? "" : "(" + x.locus().subParagraph() + ")")
                    + " " + x.verbCode() + " " + x.addresseeIri());
        }
        TreeSet<String> c = new TreeSet<>();
        for (Citation x : ad.outwardCitations()) {
            c.add(key(d, x.locus().paragraph()) + " " + x.target().iri());
        }
        return new Facts(doc, m, c);
    }

    private static String count(UnDocument d) {
        List<String> kinds = new ArrayList<>();
        d.paragraphs().stream().map(p -> p.kind().toString()).distinct().forEach(k -> kinds.add(k + ":"
                + d.paragraphs().stream().filter(p -> p.kind().toString().equals(k)).count()));
        return String.join(",", kinds);
    }

    private static String key(UnDocument d, int i) {
        if (i < 0) {
            return "header";
        }
        Paragraph p = d.paragraphs().get(i);
        return p.kind() + " " + p.number();
    }
}
