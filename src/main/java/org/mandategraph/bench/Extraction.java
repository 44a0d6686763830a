package org.mandategraph.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.rdf.DocumentMapper;

/**
 * One timed pass of in-process extraction over a list of files: read, segment, annotate and map to RDF, the quads
 * counted and not written, so what is timed is the extraction alone (no writer, no store). Shared by {@code bench run}
 * and {@code bench extract}, so both report the same figure.
 *
 * @param threads  threads the files were spread over (one shared {@link Extractor}, one mapper per thread)
 * @param seconds  wall time of the pass
 * @param quads    triples and quads the mapper emitted
 * @param failures files that could not be extracted
 * @param cpuSeconds CPU time the extracting threads used (their own, as the JVM counts it): on a machine shared
 *                   with other work, MB per CPU second moves much less than MB per wall second
 */
record Extraction(int threads, double seconds, long quads, int failures, double cpuSeconds) {

    /** Extract and map to RDF (quads counted, not written), on {@code n} threads with one shared extractor. */
    static Extraction run(Extractor extractor, List<Path> files, int n) throws InterruptedException {
        AtomicLong quads = new AtomicLong();
        AtomicInteger failures = new AtomicInteger();
        AtomicLong cpu = new AtomicLong();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        ThreadLocal<DocumentMapper> mappers = ThreadLocal.withInitial(() -> new DocumentMapper(extractor.gazetteer()));
        ExecutorService pool = Executors.newFixedThreadPool(n);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (Path f : files) {
                fs.add(pool.submit(() -> {
                    long c0 = mx.getCurrentThreadCpuTime();
                    try {
                        AnnotatedDocument ad = extractor.extract(f);
                        long[] c = new long[1];
                        mappers.get().emit(ad, new StreamRDFBase() {
                            @Override
                            public void triple(Triple t) {
                                c[0]++;
                            }

                            @Override
                            public void quad(Quad q) {
                                c[0]++;
                            }
                        });
                        quads.addAndGet(c[0]);
                    } catch (IOException | RuntimeException e) {
                        failures.incrementAndGet();
                    } finally {
                        cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
                    }
                }));
            }
            for (Future<?> fu : fs) {
                try {
                    fu.get();
                } catch (ExecutionException e) {
                    failures.incrementAndGet();
                }
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        return new Extraction(n, (System.nanoTime() - t0) / 1e9, quads.get(), failures.get(), cpu.get() / 1e9);
    }
}
