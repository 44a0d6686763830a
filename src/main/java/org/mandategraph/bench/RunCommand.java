package org.mandategraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mandategraph.ingest.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench run}: the end-to-end benchmark. Generates the corpus, measures extraction in this JVM (one thread and
 * all cores), then runs, each as a child JVM with its output in {@code WORK/logs}: our {@code load} into an empty
 * store, {@code export} of that store as N-Quads, Jena's {@code tdb2.tdbloader} and {@code jena.textindexer} over those
 * same quads, and our {@code serve}, whose canned queries are timed over HTTP. Writes a Markdown section to
 * {@code --report}. Every child has a time limit and the whole run a budget, so it always ends by itself.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"End-to-end benchmark: extraction throughput, ingest beside Jena's tdb2.tdbloader + jena.textindexer "
                + "on the same quads, store size, peak heap, serve start-up and canned-query latency over HTTP.",
                "Needs Jena's command-line tools in --jena-lib: mvn -Pbench -DskipTests package copies them to target/bench-lib."})
public class RunCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--docs", defaultValue = "1000", description = "documents to generate (default: ${DEFAULT-VALUE})")
    int docs;

    @Option(names = "--seed", defaultValue = "1", description = "corpus seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--seeds", defaultValue = "seeds", description = "seed documents (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--queries", defaultValue = "queries", description = "canned queries (default: ${DEFAULT-VALUE})")
    Path queries;

    @Option(names = "--work", defaultValue = "target/bench", description = "scratch folder, emptied first (default: ${DEFAULT-VALUE})")
    Path work;

    @Option(names = "--jena-lib", defaultValue = "target/bench-lib", description = "jars of org.apache.jena:jena-cmds and its dependencies (default: ${DEFAULT-VALUE})")
    Path jenaLib;

    @Option(names = "--xmx", defaultValue = "4g", description = "-Xmx of every child JVM (default: ${DEFAULT-VALUE})")
    String xmx;

    @Option(names = "--threads", description = "threads for the all-cores extraction (default: available processors)")
    Integer threads;

    @Option(names = "--rounds", defaultValue = "20", description = "timed rounds per canned query (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--query-budget", defaultValue = "20", description = "seconds per canned query, rounds stop when spent (default: ${DEFAULT-VALUE})")
    double queryBudget;

    @Option(names = "--budget", defaultValue = "25", description = "minutes for the whole run; later steps are skipped when it is spent (default: ${DEFAULT-VALUE})")
    double budgetMinutes;

    @Option(names = "--report", defaultValue = "docs/BENCHMARKS.md", description = "Markdown file the run's section is appended to (default: ${DEFAULT-VALUE})")
    Path report;

    @Option(names = "--skip-extraction", description = "do not measure in-process extraction")
    boolean skipExtraction;

    private static final String MARKER = ".bench-run";

    private long deadline;
    private final List<String> notes = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        deadline = System.nanoTime() + (long) (budgetMinutes * 60e9);
        String loadAtStart = loadAverage();
        String started = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
        work = work.toAbsolutePath();
        if (Files.isDirectory(work) && !Files.exists(work.resolve(MARKER))) {
            try (Stream<Path> s = Files.list(work)) {
                if (s.findAny().isPresent()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--work " + work
                            + " is not empty and was not made by bench run; give an empty or new folder");
                }
            }
        }
        deleteTree(work);
        Files.createDirectories(work);
        Files.writeString(work.resolve(MARKER), "scratch folder of bench run; emptied at the start of every run\n");
        Path logs = work.resolve("logs");
        Files.createDirectories(logs);
        Path corpus = work.resolve("corpus");

        // 1. corpus
        Extractor extractor = Extractor.standard();
        List<CorpusGenerator.Generated> gen = CorpusGenerator.fromSeeds(seeds, extractor).generate(docs, seed, corpus);
        List<Path> files = gen.stream().map(CorpusGenerator.Generated::file).toList();
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        String fingerprint = CorpusGenerator.fingerprint(files);
        log(err, "corpus: %d documents, %.1f MB, sha256 %s", files.size(), bytes / 1e6, fingerprint);

        // 2. extraction in this JVM
        int cores = Runtime.getRuntime().availableProcessors();
        int nThreads = threads == null ? cores : threads;
        Extraction one = null;
        Extraction all = null;
        if (!skipExtraction) {
            Extraction.run(extractor, files.subList(0, Math.min(20, files.size())), 1); // warm-up, not counted
            one = Extraction.run(extractor, files, 1);
            log(err, "extraction, 1 thread: %.1f s, %.2f MB/s, %.1f docs/s", one.seconds(), bytes / 1e6 / one.seconds(), files.size() / one.seconds());
            all = Extraction.run(extractor, files, nThreads);
            log(err, "extraction, %d threads: %.1f s, %.2f MB/s, %.1f docs/s", nThreads, all.seconds(), bytes / 1e6 / all.seconds(), files.size() / all.seconds());
        }

        // 3. our load into an empty store
        String java = ProcessHandle.current().info().command().orElse("java");
        String ourCp = System.getProperty("java.class.path");
        Child.Result extractCmd = null;
        if (!skipExtraction) {
            // the `extract` command as users run it: one JVM, the whole batch, N-Quads written to a file
            extractCmd = child(err, "extract", ours(java, ourCp, logs, "extract", "extract", "--format", "nq", "-o",
                    work.resolve("extract.nq").toString(), corpus.toString()), logs, 0.25);
        }
        Path ourStore = work.resolve("store-ours");
        Child.Result load = child(err, "load", ours(java, ourCp, logs, "load", "load", "--store", ourStore.toString(), corpus.toString()), logs, 0.75);
        long loadTriples = -1;
        Matcher lm = Pattern.compile("load: (\\d+) documents, (\\d+) triples, (\\d+) failures").matcher(load == null ? "" : load.stdoutText());
        int loadedDocs = -1;
        if (lm.find()) {
            loadedDocs = Integer.parseInt(lm.group(1));
            loadTriples = Long.parseLong(lm.group(2));
        }

        // 4. the same quads for Jena: our store exported as N-Quads
        Path nq = work.resolve("quads.nq");
        Child.Result export = null;
        long quads = -1;
        if (load != null && load.ok()) {
            export = child(err, "export", ours(java, ourCp, logs, "export", "export", "--store", ourStore.toString(), "--format", "nq", "-o", nq.toString()), logs, 0.5);
            if (export != null && export.ok()) {
                quads = countLines(nq);
                log(err, "quads: %d (%.1f MB of N-Quads)", quads, Files.size(nq) / 1e6);
            }
        } else {
            notes.add("our load did not finish, so there are no quads for Jena's tools");
        }

        // 5. Jena: tdb2.tdbloader then jena.textindexer, same quads, empty store
        Child.Result tdbloader = null;
        Child.Result textindexer = null;
        Path jenaStore = work.resolve("store-jena");
        String jenaCp = jenaClasspath(ourCp);
        if (jenaCp == null) {
            jenaCp = ourCp;
            notes.add("Jena's jars not found in " + jenaLib + " (made by `mvn -Pbench -DskipTests package`): Jena's tools ran "
                    + "from the project's jar, which bundles jena-cmds (a dependency of jena-fuseki-main)");
        } else {
            notes.add("Jena's tools ran from Jena's own published jars (" + jenaCmdsJar()
                    + " and its dependencies, copied from Maven Central by the `bench` profile)");
        }
        if (quads > 0) {
            List<String> tl = jvm(java, jenaCp, logs, "tdbloader");
            tl.addAll(List.of("tdb2.tdbloader", "--loc", jenaStore.resolve("tdb2").toString(), nq.toString()));
            tdbloader = child(err, "tdbloader", tl, logs, 0.5);
            if (tdbloader != null && tdbloader.ok()) {
                Path desc = work.resolve("jena-text.ttl");
                Files.createDirectories(jenaStore.resolve("text"));
                String ttl;
                try (InputStream in = RunCommand.class.getResourceAsStream("/org/mandategraph/bench/jena-text.ttl")) {
                    ttl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                Files.writeString(desc, ttl.replace("@TDB2@", jenaStore.resolve("tdb2").toString())
                        .replace("@TEXT@", jenaStore.resolve("text").toUri().toString()));
                List<String> ti = jvm(java, jenaCp, logs, "textindexer");
                ti.addAll(List.of("jena.textindexer", "--desc", desc.toString()));
                textindexer = child(err, "textindexer", ti, logs, 0.5);
            }
        }

        // 6. sizes
        long ourSize = duBytes(ourStore);
        long jenaTdbSize = duBytes(jenaStore.resolve("tdb2"));
        long jenaTextSize = duBytes(jenaStore.resolve("text"));

        // 7. serve and the canned queries
        Serve serve = null;
        if (load != null && load.ok() && remaining() > 60) {
            serve = serve(err, java, ourCp, logs, ourStore);
        } else {
            notes.add("serve and queries skipped (no loaded store or no time left)");
        }

        notes.add("load average (1, 5, 15 min) at the start " + loadAtStart + ", at the end " + loadAverage()
                + " (on " + Runtime.getRuntime().availableProcessors() + " cores; other work on the machine shows here)");
        String md = markdown(started, files.size(), bytes, fingerprint, cores, nThreads, one, all, extractCmd, load, loadedDocs,
                loadTriples, export, quads, tdbloader, textindexer, ourSize, jenaTdbSize, jenaTextSize, serve);
        Files.createDirectories(report.toAbsolutePath().getParent());
        if (!Files.exists(report)) {
            Files.writeString(report, "# Benchmarks\n\nFigures measured by `bench run` (see docs/bench/README.md); newest run last.\n");
        }
        Files.writeString(report, Files.readString(report) + "\n" + md, StandardCharsets.UTF_8);
        spec.commandLine().getOut().print(md);
        spec.commandLine().getOut().flush();
        log(err, "report appended to %s", report);
        return 0;
    }

    // -------------------------------------------------------------------------------------------------- child JVMs

    private List<String> jvm(String java, String cp, Path logs, String name) {
        List<String> c = new ArrayList<>(List.of(java, "-Xmx" + xmx));
        c.addAll(Child.gcLogArgs(logs.resolve(name + ".gc.log")));
        c.addAll(List.of("-cp", cp));
        return c;
    }

    private List<String> ours(String java, String cp, Path logs, String name, String... args) {
        List<String> c = jvm(java, cp, logs, name);
        c.add("org.mandategraph.cli.MandateGraphCommand");
        c.addAll(Arrays.asList(args));
        return c;
    }

    /** Runs a child with at most {@code share} of the remaining budget; null when no time is left. */
    private Child.Result child(PrintWriter err, String name, List<String> command, Path logs, double share)
            throws IOException, InterruptedException {
        double left = remaining();
        if (left < 10) {
            notes.add(name + " skipped: the run's time budget was spent");
            return null;
        }
        double limit = Math.max(10, left * share);
        log(err, "%s: started (time limit %.0f s)", name, limit);
        Child.Result r = Child.run(name, command, logs, Path.of("").toAbsolutePath(), limit);
        log(err, "%s: %s in %.1f s, exit %d, peak heap %d MB, peak RSS %d MB", name, r.timedOut() ? "STOPPED at its time limit" : "done",
                r.seconds(), r.exit(), r.heapPeakMb(), r.rssPeakKb() / 1024);
        if (r.timedOut()) {
            notes.add(String.format(Locale.ROOT, "%s was stopped at its time limit of %.0f s", name, limit));
        } else if (r.exit() != 0) {
            notes.add(name + " exited with " + r.exit() + ": " + lastLines(r.stderrText(), 3));
        }
        return r;
    }

    private String jenaCmdsJar() throws IOException {
        try (Stream<Path> s = Files.list(jenaLib)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("jena-cmds")).findFirst().orElse("jena-cmds");
        }
    }

    private String jenaClasspath(String ourCp) throws IOException {
        if (!Files.isDirectory(jenaLib)) {
            return null;
        }
        List<String> jars;
        try (Stream<Path> s = Files.list(jenaLib)) {
            jars = s.filter(p -> p.toString().endsWith(".jar")).map(p -> p.toAbsolutePath().toString()).sorted().toList();
        }
        if (jars.stream().noneMatch(j -> j.contains("jena-cmds"))) {
            return null;
        }
        // Jena's own jars first; ours last, only for the project's analyzer class named in the assembler
        return String.join(java.io.File.pathSeparator, jars) + java.io.File.pathSeparator + ourCp;
    }

    // ------------------------------------------------------------------------------------------------------- serve

    private record QueryTiming(String name, int rounds, double p50, double p99, double max, double first, String status) {
    }

    private record Serve(double readyLine, double firstAnswer, String readyText, List<QueryTiming> queries, long rssPeakKb) {
    }

    private Serve serve(PrintWriter err, String java, String cp, Path logs, Path store) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = ours(java, cp, logs, "serve", "serve", "--store", store.toString(), "--port", String.valueOf(port));
        log(err, "serve: starting on port %d", port);
        long t0 = System.nanoTime();
        Process p = Child.start(cmd, logs, "serve", Path.of("").toAbsolutePath());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String endpoint = "http://127.0.0.1:" + port + "/kg/sparql";
        double readyLine = -1;
        double firstAnswer = -1;
        String readyText = "";
        long startLimit = t0 + (long) (Math.min(300, remaining()) * 1e9);
        long hwm = 0;
        List<QueryTiming> timings = new ArrayList<>();
        try {
            while (System.nanoTime() < startLimit && p.isAlive() && firstAnswer < 0) {
                if (readyLine < 0) {
                    String e = Files.readString(logs.resolve("serve.err"));
                    int i = e.indexOf("ready at");
                    if (i >= 0) {
                        readyLine = (System.nanoTime() - t0) / 1e9;
                        int eol = e.indexOf('\n', i);
                        readyText = e.substring(e.lastIndexOf('\n', i) + 1, eol < 0 ? e.length() : eol).trim();
                    }
                }
                try {
                    if (HttpRounds.post(http, endpoint, "ASK {}", 5).statusCode() == 200) {
                        firstAnswer = (System.nanoTime() - t0) / 1e9;
                    }
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            for (int i = 0; i < 200 && readyLine < 0 && firstAnswer >= 0; i++) {
                // the endpoint can answer before `serve` has counted the store and printed its ready line
                String e = Files.readString(logs.resolve("serve.err"));
                int at = e.indexOf("ready at");
                if (at >= 0) {
                    readyLine = (System.nanoTime() - t0) / 1e9;
                    int eol = e.indexOf('\n', at);
                    readyText = e.substring(e.lastIndexOf('\n', at) + 1, eol < 0 ? e.length() : eol).trim();
                } else {
                    Thread.sleep(50);
                }
            }
            if (firstAnswer < 0) {
                notes.add("serve did not answer in time: " + lastLines(Files.readString(logs.resolve("serve.err")), 3));
                return new Serve(readyLine, firstAnswer, readyText, timings, Child.vmHwmKb(p.pid()));
            }
            log(err, "serve: ready line after %.2f s, first answer after %.2f s", readyLine, firstAnswer);
            List<Path> qs;
            try (Stream<Path> s = Files.list(queries)) {
                qs = s.filter(f -> f.toString().endsWith(".rq")).sorted(Comparator.comparing(Path::toString)).toList();
            }
            for (Path q : qs) {
                if (remaining() < 15) {
                    notes.add("queries from " + q.getFileName() + " on skipped: the run's time budget was spent");
                    break;
                }
                timings.add(timeQuery(err, http, endpoint, q));
                hwm = Math.max(hwm, Child.vmHwmKb(p.pid()));
            }
            return new Serve(readyLine, firstAnswer, readyText, timings, hwm);
        } finally {
            Child.stop(p);
        }
    }

    private QueryTiming timeQuery(PrintWriter err, HttpClient http, String endpoint, Path file) throws IOException, InterruptedException {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String q = Files.readString(file);
        double budget = Math.min(queryBudget, remaining() - 10);
        HttpRounds.Result x = HttpRounds.run(() -> HttpRounds.post(http, endpoint, q, 65), rounds, budget);
        String status = x.code() == 200 ? "ok" : x.code() == -1 ? "no answer in 65 s"
                : "HTTP " + x.code() + (x.failedMs() > 25_000 ? " (query timeout)" : "");
        QueryTiming qt = new QueryTiming(name, x.rounds(), x.p50(), x.p99(), x.max(), x.first(), status);
        log(err, "query %s: %d rounds, p50 %.0f ms, p99 %.0f ms, %s", name, qt.rounds(), qt.p50(), qt.p99(), status);
        return qt;
    }

    /** Nearest-rank percentile of sorted values. */
    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    // ------------------------------------------------------------------------------------------------------ report

    private String markdown(String started, int n, long bytes, String fingerprint, int cores, int nThreads, Extraction one,
                            Extraction all, Child.Result extractCmd, Child.Result load, int loadedDocs, long loadTriples, Child.Result export,
                            long quads, Child.Result tdbloader, Child.Result textindexer, long ourSize, long jenaTdbSize,
                            long jenaTextSize, Serve serve) {
        StringBuilder sb = new StringBuilder();
        double mb = bytes / 1e6;
        sb.append(String.format(Locale.ROOT, "## %s: %d documents%n%n", started, n));
        sb.append("Command (from the project folder, after `mvn -B -q -Pbench -DskipTests package`):\n\n```sh\n")
                .append(commandLine()).append("\n```\n\n");
        sb.append("Machine: ").append(machine(cores)).append(".\n");
        sb.append(String.format(Locale.ROOT, "Corpus: %d documents generated from the seeds (`bench corpus --docs %d --seed %d`), %.1f MB, SHA-256 `%s`.%n",
                n, n, seed, mb, fingerprint.substring(0, 16)));
        sb.append("Child JVMs run with `-Xmx").append(xmx).append("`; peak heap is the largest heap in use at a collection (`-Xlog:gc`), peak RSS is `VmHWM`. One run, not an average.\n\n");

        double jenaBoth = tdbloader != null && textindexer != null && tdbloader.ok() && textindexer.ok()
                ? tdbloader.seconds() + textindexer.seconds() : Double.NaN;
        double jenaTdb = tdbloader != null && tdbloader.ok() ? tdbloader.seconds() : Double.NaN;
        double ours = load != null && load.ok() ? load.seconds() : Double.NaN;
        sb.append("### Headline: MandateGraph / Jena on the same quads\n\n");
        sb.append("| | MandateGraph | Jena | ours / Jena |\n|---|---:|---:|---:|\n");
        sb.append(row3("ingest time, vs `tdb2.tdbloader` + `jena.textindexer`", secs(load), fmt(jenaBoth, "%.1f s"), ratio(ours, jenaBoth)));
        sb.append(row3("ingest time, vs `tdb2.tdbloader` alone", secs(load), fmt(jenaTdb, "%.1f s"), ratio(ours, jenaTdb)));
        double jenaSize = jenaTdbSize > 0 ? jenaTdbSize + jenaTextSize : Double.NaN;
        sb.append(row3("store on disk (TDB2 + text index)", megabytes(ourSize), fmt(jenaSize / 1e6, "%.0f MB"), ratio(ourSize, jenaSize)));
        long jenaHeap = Math.max(tdbloader == null ? 0 : tdbloader.heapPeakMb(), textindexer == null ? 0 : textindexer.heapPeakMb());
        long jenaRss = Math.max(tdbloader == null ? 0 : tdbloader.rssPeakKb(), textindexer == null ? 0 : textindexer.rssPeakKb()) / 1024;
        sb.append(row3("peak heap in use", load == null ? "–" : load.heapPeakMb() + " MB", jenaHeap == 0 ? "–" : jenaHeap + " MB",
                load == null ? "–" : ratio(load.heapPeakMb(), jenaHeap == 0 ? Double.NaN : jenaHeap)));
        sb.append(row3("peak RSS", load == null ? "–" : load.rssPeakKb() / 1024 + " MB", jenaRss == 0 ? "–" : jenaRss + " MB",
                load == null ? "–" : ratio(load.rssPeakKb() / 1024.0, jenaRss == 0 ? Double.NaN : jenaRss)));
        sb.append("\n");

        sb.append("### Extraction (in one JVM: read, segment, annotate, map to RDF; quads counted, not written)\n\n");
        if (one == null) {
            sb.append("Not measured (`--skip-extraction`).\n\n");
        } else {
            sb.append("| threads | time | MB/s of source | MB/s per core busy | documents/s | quads/s | failed |\n|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Extraction e : List.of(one, all)) {
                sb.append(String.format(Locale.ROOT, "| %d | %.1f s | %.2f | %.2f | %.1f | %.0f | %d |%n", e.threads(), e.seconds(),
                        mb / e.seconds(), mb / e.seconds() / Math.min(e.threads(), cores), n / e.seconds(), e.quads() / e.seconds(), e.failures()));
            }
            if (extractCmd != null) {
                sb.append(String.format(Locale.ROOT, "| `extract --format nq` command, child JVM (1 reading thread, writes the file) | %.1f s%s | %s | | %s | | exit %s, peak heap %d MB |%n",
                        extractCmd.seconds(), extractCmd.timedOut() ? " (stopped)" : "", extractCmd.ok() ? fmt(mb / extractCmd.seconds(), "%.2f") : "–",
                        extractCmd.ok() ? fmt(n / extractCmd.seconds(), "%.1f") : "–", extractCmd.timedOut() ? "time limit" : String.valueOf(extractCmd.exit()),
                        extractCmd.heapPeakMb()));
            }
            sb.append(String.format(Locale.ROOT, "%nAll cores / one thread: %.2f× (the extractor is shared by the threads; the `extract` and `load` "
                    + "commands themselves read on one thread today).%n%n", one.seconds() / all.seconds()));
        }

        sb.append("### Ingest into an empty store\n\n");
        sb.append("| step | time | documents/s | quads/s | on disk | peak heap | heap committed | full GCs | peak RSS | exit |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        sb.append(ingestRow("MandateGraph `load` (read + extract + store + text index)", load, n, quads, ourSize));
        sb.append(ingestRow("Jena `tdb2.tdbloader` (same quads)", tdbloader, n, quads, jenaTdbSize));
        sb.append(ingestRow("Jena `jena.textindexer` (same store, project's analyzers)", textindexer, n, quads, jenaTextSize));
        sb.append(ingestRow("(MandateGraph `export --format nq`, to feed Jena; not compared)", export, n, quads, -1));
        sb.append(String.format(Locale.ROOT, "%nQuads: %s in the exported store (document, reference and derived-link graphs); `load` reported %s documents, %s triples.%n%n",
                quads < 0 ? "–" : String.valueOf(quads), loadedDocs < 0 ? "–" : String.valueOf(loadedDocs), loadTriples < 0 ? "–" : String.valueOf(loadTriples)));

        sb.append("### `serve` and the canned queries over HTTP\n\n");
        if (serve == null) {
            sb.append("Not run.\n\n");
        } else {
            sb.append(String.format(Locale.ROOT, "Start-up on the loaded store, JVM start included: first answer (`ASK {}`) after %s, ready line after %s "
                    + "(its own figure: `%s`). Peak RSS %d MB while the queries ran.%n%n",
                    fmt(serve.firstAnswer(), "%.2f s"), fmt(serve.readyLine(), "%.2f s"), serve.readyText().replaceFirst("^.*?(\\([^)]*\\))?$", "$1"), serve.rssPeakKb() / 1024));
            sb.append(String.format(Locale.ROOT, "Each query: one warm-up request, then up to %d timed rounds or %.0f s (POST, SPARQL JSON results, whole body read).%n%n", rounds, queryBudget));
            sb.append("| query | first | rounds | p50 | p99 | max | status |\n|---|---:|---:|---:|---:|---:|---|\n");
            for (QueryTiming q : serve.queries()) {
                sb.append(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s |%n", q.name(), fmt(q.first(), "%.0f ms"), q.rounds(),
                        fmt(q.p50(), "%.0f ms"), fmt(q.p99(), "%.0f ms"), fmt(q.max(), "%.0f ms"), q.status()));
            }
            sb.append("\n");
        }
        if (!notes.isEmpty()) {
            sb.append("Notes:\n\n");
            notes.forEach(x -> sb.append("- ").append(x).append('\n'));
            sb.append('\n');
        }
        return sb.toString();
    }

    private String ingestRow(String label, Child.Result r, int n, long quads, long size) {
        if (r == null) {
            return "| " + label + " | not run | | | | | | | | |\n";
        }
        boolean ok = r.ok();
        return String.format(Locale.ROOT, "| %s | %.1f s%s | %s | %s | %s | %d MB | %d MB | %d | %d MB | %s |%n", label, r.seconds(),
                r.timedOut() ? " (stopped)" : "", ok ? String.format(Locale.ROOT, "%.1f", n / r.seconds()) : "–",
                ok && quads > 0 ? String.format(Locale.ROOT, "%.0f", quads / r.seconds()) : "–", size < 0 ? "" : megabytes(size),
                r.heapPeakMb(), r.heapCommittedMb(), r.fullGcs(), r.rssPeakKb() / 1024, r.timedOut() ? "time limit" : String.valueOf(r.exit()));
    }

    private String commandLine() {
        StringBuilder sb = new StringBuilder("java -jar target/mandategraph.jar bench run");
        sb.append(" --docs ").append(docs).append(" --seed ").append(seed).append(" --xmx ").append(xmx);
        sb.append(" --rounds ").append(rounds).append(" --query-budget ").append(fmt(queryBudget, "%.0f"));
        sb.append(" --budget ").append(fmt(budgetMinutes, "%.0f"));
        if (threads != null) {
            sb.append(" --threads ").append(threads);
        }
        return sb.toString();
    }

    private static String machine(int cores) {
        String cpu = "";
        long memKb = 0;
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    cpu = l.substring(l.indexOf(':') + 1).trim();
                    break;
                }
            }
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemTotal:")) {
                    memKb = Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return String.format(Locale.ROOT, "%d cores (nproc)%s, %.1f GiB memory, %s, Java %s (%s, %s); shared with other builds while it ran",
                cores, cpu.isEmpty() ? "" : ", " + cpu, memKb / 1048576.0, System.getProperty("os.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.vendor"), System.getProperty("java.vm.name"));
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String row3(String label, String a, String b, String r) {
        return "| " + label + " | " + a + " | " + b + " | " + r + " |\n";
    }

    private static String secs(Child.Result r) {
        if (r == null) {
            return "not run";
        }
        return String.format(Locale.ROOT, "%.1f s%s", r.seconds(), r.ok() ? "" : r.timedOut() ? " (stopped, unfinished)" : " (exit " + r.exit() + ")");
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) || b <= 0 || a <= 0 ? "–" : String.format(Locale.ROOT, "**%.1f×**", a / b);
    }

    private static String fmt(double v, String f) {
        return Double.isNaN(v) || v < 0 ? "–" : String.format(Locale.ROOT, f, v);
    }

    private static String megabytes(long b) {
        return b <= 0 ? "–" : String.format(Locale.ROOT, "%.0f MB", b / 1e6);
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private double remaining() {
        return (deadline - System.nanoTime()) / 1e9;
    }

    private static void log(PrintWriter err, String f, Object... args) {
        err.println("bench: " + String.format(Locale.ROOT, f, args));
        err.flush();
    }

    private static String lastLines(String s, int n) {
        List<String> ls = s.lines().filter(l -> !l.isBlank()).toList();
        return String.join(" / ", ls.subList(Math.max(0, ls.size() - n), ls.size()));
    }

    private static long countLines(Path f) throws IOException {
        try (Stream<String> s = Files.lines(f)) {
            return s.filter(l -> !l.isBlank()).count();
        }
    }

    /** Bytes a folder takes on disk (allocated blocks, as {@code du} counts them; apparent size where du is missing). */
    static long duBytes(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.waitFor() == 0) {
                return Long.parseLong(out.split("\\s+")[0]) * 1024;
            }
        } catch (IOException | RuntimeException | InterruptedException e) {
            // fall back below
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
