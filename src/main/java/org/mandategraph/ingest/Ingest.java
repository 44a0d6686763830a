package org.mandategraph.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.rdf.DocumentMapper;
import org.mandategraph.read.DocumentReaders;

/**
 * The one driver of extraction: files and folders in, each file read, segmented, annotated and mapped once on a
 * pool of worker threads, the results handed to a {@link DocumentSink} in input order. Only a bounded window of
 * documents is in memory at a time, whatever the size of the corpus. A file that fails is reported in one line
 * naming it and the problem, and the rest still goes to the sink.
 *
 * <p>Two files of one document in two languages are its two language versions, both kept. Two files that yield
 * the same document in the same language (two drafts of one resolution, or one text in two encodings) are a
 * conflict: the first in input order is kept, the later one is reported, naming both, and counts as failed; a
 * version's graph is never a mix of two files.
 */
public final class Ingest {
    /** What a run did: documents delivered, triples they hold, inputs that failed, files no reader takes. */
    public record Summary(int documents, long triples, int failures, int skipped) {
    }

    private final Extractor extractor;
    private final DocumentMapper mapper;
    private final int threads;

    public Ingest(Extractor extractor, int threads) {
        this.extractor = extractor;
        this.mapper = new DocumentMapper(extractor.gazetteer());
        this.threads = Math.max(1, threads);
    }

    /** A driver using every core. */
    public static Ingest standard() {
        return standard(org.mandategraph.read.Decoding.REPAIR);
    }

    /** A driver using every core, reading damaged text as {@code decoding} says. */
    public static Ingest standard(org.mandategraph.read.Decoding decoding) {
        return new Ingest(Extractor.standard(decoding), Runtime.getRuntime().availableProcessors());
    }

    public Extractor extractor() {
        return extractor;
    }

    /** The existing input files ({@link DocumentReaders#expand}); {@code skipped} gets the files no reader takes. */
    public static List<Path> files(List<Path> inputs, List<Path> skipped) {
        try {
            return DocumentReaders.expand(inputs.stream().filter(Files::exists).toList(), skipped::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the inputs into {@code sink}; {@code onFile} is told after each file (a progress bar). */
    public Summary run(List<Path> inputs, DocumentSink sink, PrintWriter err, Consumer<Path> onFile) {
        int failures = 0;
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                err.println("mandategraph: " + in + ": no such file or folder");
                failures++;
            }
        }
        List<Path> skipped = new ArrayList<>();
        List<Path> files = files(inputs, skipped);
        for (Path in : inputs) {
            if (Files.isDirectory(in) && files.stream().noneMatch(f -> f.startsWith(in))) {
                err.println("mandategraph: " + in + ": no documents in this folder (" + DocumentReaders.supportedExtensions() + ")");
                failures++;
            }
        }
        Map<String, Path> seen = new HashMap<>();
        int docs = 0;
        long triples = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Object>> window = new ArrayDeque<>();
            int next = 0;
            int limit = threads * 4;
            for (int done = 0; done < files.size(); done++) {
                while (next < files.size() && window.size() < limit) {
                    Path f = files.get(next++);
                    window.add(pool.submit(() -> extract(f)));
                }
                Path f = files.get(done);
                Object r = take(window.poll());
                if (r instanceof Extracted x) {
                    x.document().document().diagnostics().forEach(d -> err.println("mandategraph: " + d));
                    Path first = seen.putIfAbsent(x.graphIri(), f);
                    if (first != null) {
                        err.println("mandategraph: " + f + ": same document and language as " + first + " ("
                                + x.graphIri() + "); kept the first, skipped this file");
                        failures++;
                    } else {
                        sink.document(x);
                        docs++;
                        triples += x.graph().size();
                    }
                } else {
                    failures++;
                    err.println("mandategraph: " + f + ": " + ((String) r).replace(f.getFileName() + ": ", ""));
                }
                onFile.accept(f);
            }
        } finally {
            pool.shutdownNow();
        }
        if (!skipped.isEmpty()) {
            List<String> names = skipped.stream().limit(5).map(Path::toString).toList();
            err.println("mandategraph: " + skipped.size() + (skipped.size() == 1 ? " file" : " files")
                    + " skipped, no reader for their type: " + String.join(", ", names)
                    + (skipped.size() > names.size() ? ", …" : ""));
        }
        sink.finish();
        err.flush();
        return new Summary(docs, triples, failures, skipped.size());
    }

    /** An {@link Extracted} document, or the message saying why the file could not be read. */
    private Object extract(Path f) {
        try {
            AnnotatedDocument ad = extractor.extract(f);
            Graph g = GraphFactory.createDefaultGraph();
            mapper.emit(ad, StreamRDFLib.graph(g));
            return new Extracted(f, ad, g);
        } catch (IOException | RuntimeException e) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
    }

    private static Object take(Future<Object> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            return String.valueOf(e.getCause());
        }
    }
}
