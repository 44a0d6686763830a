package org.mandategraph.ingest;

import org.mandategraph.annotate.Pipeline;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.lexicon.Gazetteer;
import java.io.IOException;
import java.nio.file.Path;
import org.mandategraph.document.SourceText;
import org.mandategraph.language.Languages;
import org.mandategraph.document.UnDocument;
import org.mandategraph.rdf.DocumentMapper;
import org.mandategraph.read.DocumentReader;
import org.mandategraph.read.DocumentReaders;
import org.mandategraph.read.UnreadableInputException;
import org.mandategraph.segment.Segmenter;

/** Read → segment → annotate for one file: the whole extraction short of writing RDF. Thread-safe. */
public final class Extractor {
    private final Gazetteer gazetteer;
    private final Segmenter segmenter;
    private final Pipeline pipeline;

    public Extractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.segmenter = new Segmenter(gazetteer);
        this.pipeline = Pipeline.standard(gazetteer);
    }

    public static Extractor standard() {
        return new Extractor(Gazetteer.of(Languages.all().get(0).matchRules()));
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public AnnotatedDocument extract(Path file) throws IOException {
        DocumentReader reader = DocumentReaders.forFile(file).orElseThrow(() ->
                new UnreadableInputException(file.getFileName() + ": unsupported file type (expected .txt or .md)"));
        return extract(reader.read(file));
    }

    public AnnotatedDocument extract(SourceText src) throws UnreadableInputException {
        UnDocument d;
        try {
            d = segmenter.segment(src);
        } catch (UnsupportedOperationException e) {
            throw new UnreadableInputException(src.fileName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new UnreadableInputException(src.fileName() + ": cannot segment document: " + e);
        }
        if (d.paragraphs().isEmpty()) {
            throw new UnreadableInputException(src.fileName() + ": no paragraphs found; not a UN resolution, decision or report?");
        }
        return pipeline.run(AnnotatedDocument.of(d, DocumentMapper.documentIri(d)));
    }
}
