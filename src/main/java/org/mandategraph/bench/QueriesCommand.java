package org.mandategraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench queries}: the query step of {@code bench run} on its own, against a store already loaded (or a server
 * already running), so a change to a query or to the store's indexes can be timed without loading again. Times every
 * canned query, every extra {@code .rq} file (the web page's own requests, for instance) and GET requests of pages
 * ({@code /id/…} as HTML), each over HTTP: one warm-up, then timed rounds; prints p50, p99 and max as a Markdown table.
 */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = {"Times the canned queries (and extra .rq files or GET paths) over HTTP against an existing store "
                + "(serve is started on it as a child JVM) or a running server (--url)."})
public class QueriesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--store", description = "store to serve (a child JVM runs `serve --store DIR` on a free port)")
    Path store;

    @Option(names = "--url", description = "base URL of a running server instead, e.g. http://127.0.0.1:3030")
    String url;

    @Option(names = "--queries", defaultValue = "queries", description = "folder of .rq files timed (default: ${DEFAULT-VALUE}); repeatable",
            split = ",")
    List<Path> queries;

    @Option(names = "--only", split = ",", description = "only these query names (file names without .rq)")
    List<String> only;

    @Option(names = "--get", description = "a path GET as HTML (Accept: text/html), e.g. /id/body/UNODC; repeatable")
    List<String> gets = new ArrayList<>();

    @Option(names = "--rounds", defaultValue = "20", description = "timed rounds per request (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--query-budget", defaultValue = "20", description = "seconds per request, rounds stop when spent (default: ${DEFAULT-VALUE})")
    double budget;

    @Option(names = "--xmx", defaultValue = "4g", description = "-Xmx of the serve child (default: ${DEFAULT-VALUE})")
    String xmx;

    @Option(names = "--logs", defaultValue = "target/bench/queries-logs", description = "where the serve child's output goes (default: ${DEFAULT-VALUE})")
    Path logs;

    record Timing(String name, int rounds, double first, double p50, double p99, double max, String status) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((store == null) == (url == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give exactly one of --store DIR and --url URL");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Process serve = null;
        String base = url == null ? null : url.replaceFirst("/+$", "");
        try {
            if (store != null) {
                int port;
                try (ServerSocket s = new ServerSocket(0)) {
                    port = s.getLocalPort();
                }
                Files.createDirectories(logs);
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                List<String> cmd = List.of(java, "-Xmx" + xmx, "-cp", System.getProperty("java.class.path"),
                        "org.mandategraph.cli.MandateGraphCommand", "serve", "--store", store.toString(), "--port", String.valueOf(port));
                serve = Child.start(cmd, logs, "serve", Path.of("").toAbsolutePath());
                base = "http://127.0.0.1:" + port;
                long limit = System.nanoTime() + 300_000_000_000L;
                boolean up = false;
                while (!up && serve.isAlive() && System.nanoTime() < limit) {
                    try {
                        up = HttpRounds.post(http, base + "/kg/sparql", "ASK {}", 5).statusCode() == 200;
                    } catch (IOException notYet) {
                        Thread.sleep(100);
                    }
                }
                if (!up) {
                    err.println("bench queries: serve did not answer; see " + logs.resolve("serve.err"));
                    return 1;
                }
            }
            List<Timing> timings = new ArrayList<>();
            for (Path dir : queries) {
                List<Path> qs;
                try (Stream<Path> s = Files.isDirectory(dir) ? Files.list(dir) : Stream.of(dir)) {
                    qs = s.filter(f -> f.toString().endsWith(".rq")).sorted(Comparator.comparing(Path::toString)).toList();
                }
                for (Path q : qs) {
                    String name = q.getFileName().toString().replaceFirst("\\.rq$", "");
                    if (only != null && !only.contains(name)) {
                        continue;
                    }
                    String text = Files.readString(q);
                    String endpoint = base + "/kg/sparql";
                    timings.add(time(err, name, () -> HttpRounds.post(http, endpoint, text, 65)));
                }
            }
            for (String g : gets) {
                String target = base + g;
                timings.add(time(err, "GET " + g, () -> http.send(HttpRequest.newBuilder(URI.create(target))
                        .timeout(Duration.ofSeconds(65)).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofByteArray())));
            }
            out.println("| request | first | rounds | p50 | p99 | max | status |");
            out.println("|---|---:|---:|---:|---:|---:|---|");
            for (Timing t : timings) {
                out.println(String.format(Locale.ROOT, "| %s | %.0f ms | %d | %.0f ms | %.0f ms | %.0f ms | %s |",
                        t.name(), t.first(), t.rounds(), t.p50(), t.p99(), t.max(), t.status()));
            }
            out.flush();
            return timings.stream().allMatch(t -> t.status().equals("ok")) ? 0 : 1;
        } finally {
            if (serve != null) {
                Child.stop(serve);
            }
        }
    }

    private Timing time(PrintWriter err, String name, HttpRounds.Request r) throws InterruptedException {
        HttpRounds.Result x = HttpRounds.run(r, rounds, budget);
        String status = x.code() == 200 ? "ok" : x.code() == -1 ? "no answer" : "HTTP " + x.code();
        Timing t = new Timing(name, x.rounds(), x.first(), x.p50(), x.p99(), x.max(), status);
        err.println(String.format(Locale.ROOT, "bench: %s: %d rounds, p50 %.0f ms, p99 %.0f ms, %s", name, t.rounds(), t.p50(), t.p99(), status));
        err.flush();
        return t;
    }
}
