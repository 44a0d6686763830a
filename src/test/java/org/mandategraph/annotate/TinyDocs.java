package org.mandategraph.annotate;

import org.mandategraph.ingest.Extractor;
import java.nio.charset.StandardCharsets;
import org.mandategraph.document.ParagraphKind;
import org.mandategraph.document.SourceText;

/** Small documents for table tests, read through the real reader-free path: Segmenter, then the standard pipeline. */
final class TinyDocs {
    private TinyDocs() {
    }

    /**
     * A resolution with the given header lines (may be null), body line, preambular paragraphs and operative paragraphs (numbered here).
     * Paragraphs are separated by blank lines, as the seeds print them.
     */
    static AnnotatedDocument resolution(String headerLines, String body, String[] preamble, String... operative) {
        StringBuilder sb = new StringBuilder();
        if (headerLines != null) {
            sb.append(headerLines).append("\n\n");
        }
        sb.append(body).append("\n\n");
        for (String p : preamble) {
            sb.append(p).append("\n\n");
        }
        for (int i = 0; i < operative.length; i++) {
            sb.append(i + 1).append(". ").append(operative[i]).append("\n\n");
        }
        try {
            return Extractor.standard().extract(new SourceText("tiny.txt", sb.toString(), StandardCharsets.UTF_8, "txt"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A General Assembly resolution with one preambular paragraph and the given operative paragraphs. */
    static AnnotatedDocument ga(String... operative) {
        return resolution(null, "大会，", new String[] {"回顾其以往各项决议，"}, operative);
    }

    /** Index of operative paragraph {@code n} (1-based) in the document's paragraph list. */
    static int op(AnnotatedDocument d, int n) {
        var ps = d.document().paragraphs();
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).kind() == ParagraphKind.OPERATIVE && ps.get(i).number().equals(String.valueOf(n))) {
                return i;
            }
        }
        throw new IllegalArgumentException("no operative paragraph " + n);
    }

    static String local(String iri) {
        return iri.substring(iri.lastIndexOf('/', iri.lastIndexOf('/') - 1) + 1);
    }
}
