package org.mandategraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.ingest.BatchResult;
import org.mandategraph.store.Store;

/**
 * {@code serve} as users run it: a separate JVM whose working directory has no {@code seeds/}, on a store loaded
 * earlier. It must serve what is stored without reading any document.
 */
class ServeCommandTest {
    static final Pattern READY = Pattern.compile(
            "MandateGraph SPARQL endpoint ready at (http://127\\.0\\.0\\.1:\\d+/kg/sparql) \\((\\d+) triples, ([0-9.]+) s\\)");

    @TempDir
    Path tmp;

    static Process serve(Path workDir, String... args) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", cp, MandateGraphCommand.class.getName(), "serve"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true).start();
    }

    @Test
    void aRestartServesTheStoredDataWithoutReadingDocuments() throws Exception {
        Path dir = tmp.resolve("store");
        long triples;
        try (Store s = Store.open(dir)) {
            s.load(BatchResult.extract(Extractor.standard(), List.of(Path.of("seeds", "000_eea1a508a6c70b7c.txt")),
                    new PrintWriter(new StringWriter())), new PrintWriter(new StringWriter()));
            triples = s.countTriples();
        }
        Path work = Files.createDirectories(tmp.resolve("work"));
        Process p = serve(work, "--store", dir.toString(), "--port", "0");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            Matcher ready = null;
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    ready = m;
                    break;
                }
            }
            assertThat(ready).as(String.join("\n", lines)).isNotNull();
            assertThat(lines).noneMatch(l -> l.contains("loading") || l.contains("loaded"));
            assertThat(Long.parseLong(ready.group(2))).isEqualTo(triples);
            try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(ready.group(1))
                    .query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }").build()) {
                assertThat(qe.execSelect().next().getLiteral("n").getLong()).isEqualTo(triples);
            }
        } finally {
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        try (Store s = Store.open(dir)) {
            assertThat(s.countTriples()).as("the store survives the shutdown").isEqualTo(triples);
        }
    }

    @Test
    void anEmptyStoreWithoutSeedsOrInputsIsAClearError() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("empty"));
        Process p = serve(work, "--store", work.resolve("data").toString(), "--port", "0");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(out).contains("is empty and there is no seeds/ folder");
    }

    @Test
    void sigtermStopsTheServerWhileAQueryRunsPastAnyTimeout() throws Exception {
        Path dir = tmp.resolve("busy");
        try (Store s = Store.open(dir)) {
            s.load(BatchResult.extract(Extractor.standard(), List.of(Path.of("seeds", "000_eea1a508a6c70b7c.txt")),
                    new PrintWriter(new StringWriter())), new PrintWriter(new StringWriter()));
        }
        Path work = Files.createDirectories(tmp.resolve("busy-work"));
        Process p = serve(work, "--store", dir.toString(), "--port", "0", "--timeout", "600");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Matcher ready = null;
            for (String line; ready == null && (line = out.readLine()) != null; ) {
                Matcher m = READY.matcher(line);
                ready = m.find() ? m : null;
            }
            assertThat(ready).isNotNull();
            String q = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            java.net.http.HttpClient.newHttpClient().sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    ready.group(1) + "?query=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            Thread.sleep(1500);
            assertThat(p.isAlive()).isTrue();
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("SIGTERM ends serve").isTrue();
        } finally {
            p.destroyForcibly();
        }
    }
}
