package org.mandategraph.ingest;

import org.mandategraph.annotate.Pipeline;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.lexicon.Gazetteer;
import java.io.IOException;
import java.nio.file.Path;
import org.mandategraph.document.SourceText;
import org.mandategraph.language.Languages;
import org.mandategraph.document.UnDocument;
import org.mandategraph.read.Decoding;
import org.mandategraph.read.DocumentReader;
import org.mandategraph.read.DocumentReaders;
import org.mandategraph.read.UnreadableInputException;
import org.mandategraph.segment.Segmenter;
import org.mandategraph.language.Language;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read → segment → annotate (the header's names resolved first) for one file: the whole extraction short of
 * writing RDF. Thread-safe.
 *
 * <p>Each document is read with the rules of its own language, detected once from its text: the gazetteer (names
 * match differently in Chinese and English), the segmenter and the annotators are built per language on first use
 * and then shared, so a folder mixing Chinese and English documents is one batch.
 */
public final class Extractor {
    /** What one language needs: its gazetteer, segmenter and annotator chain. */
    private record Stages(Gazetteer gazetteer, Segmenter segmenter, Pipeline pipeline) {
        static Stages of(Gazetteer g) {
            return new Stages(g, new Segmenter(g), Pipeline.standard(g));
        }
    }

    private final Gazetteer gazetteer;
    private final Decoding decoding;
    private final Map<String, Stages> byLanguage = new ConcurrentHashMap<>();

    /** An extractor reading documents of {@code gazetteer}'s language with it, and other languages with theirs. */
    public Extractor(Gazetteer gazetteer) {
        this(gazetteer, Decoding.REPAIR);
    }

    /** As {@link #Extractor(Gazetteer)}, reading files whose bytes do not all decode as {@code decoding} says. */
    public Extractor(Gazetteer gazetteer, Decoding decoding) {
        this.gazetteer = gazetteer;
        this.decoding = decoding;
        byLanguage.put(gazetteer.rules().language(), Stages.of(gazetteer));
    }

    public static Extractor standard() {
        return standard(Decoding.REPAIR);
    }

    public static Extractor standard(Decoding decoding) {
        return new Extractor(Gazetteer.of(Languages.all().get(0).matchRules()), decoding);
    }

    /** The gazetteer of the first language, for what does not depend on the language (codes, kinds, labels). */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public AnnotatedDocument extract(Path file) throws IOException {
        DocumentReader reader = DocumentReaders.forFile(file).orElseThrow(() ->
                new UnreadableInputException(file.getFileName() + ": unsupported file type (expected " + DocumentReaders.supportedExtensions() + ")"));
        return extract(reader.read(file, decoding));
    }

    public AnnotatedDocument extract(SourceText src) throws UnreadableInputException {
        Language language = Languages.detect(src.text());
        Stages stages = byLanguage.computeIfAbsent(language.tag(), t -> Stages.of(Gazetteer.of(language.matchRules())));
        UnDocument d;
        try {
            d = stages.segmenter().segment(src, language);
        } catch (UnsupportedOperationException e) {
            throw new UnreadableInputException(src.fileName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new UnreadableInputException(src.fileName() + ": cannot segment document: " + e);
        }
        if (d.paragraphs().isEmpty()) {
            throw new UnreadableInputException(src.fileName() + ": no paragraphs found; not a UN resolution, decision or report?");
        }
        // the pipeline's first annotator resolves the header's names and so gives the document its IRI
        return stages.pipeline().run(AnnotatedDocument.of(d, language));
    }
}
