package org.mandategraph.read;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.mandategraph.ingest.BatchResult;
import org.mandategraph.vocab.MG;

/** Test-side: what the RDF of one file says about pages (mg:page on each paragraph's text in the version read). */
final class BatchResultHolder {
    record Result(int paragraphs, int paragraphsWithPage, int maxPage) {
    }

    private BatchResultHolder() {
    }

    static Result pages(Path file) {
        BatchResult b = BatchResult.extract(Facts.EXTRACTOR, List.of(file), new PrintWriter(new StringWriter()));
        Model m = ModelFactory.createDefaultModel();
        m.add(b.dataset().getUnionModel());
        int paras = 0;
        int with = 0;
        int max = 0;
        for (Resource p : m.listSubjectsWithProperty(RDF.type, MG.OperativeParagraph).andThen(
                m.listSubjectsWithProperty(RDF.type, MG.PreambularParagraph)).toList()) {
            paras++;
            Resource text = m.listSubjectsWithProperty(MG.textOf, p).nextOptional().orElse(p);
            Statement s = text.getProperty(MG.page);
            if (s != null) {
                with++;
                max = Math.max(max, s.getInt());
            }
        }
        return new Result(paras, with, max);
    }
}
