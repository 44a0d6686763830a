package org.mandategraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Request size and time limits of the real server over the seeds' store, asked over HTTP. */
class ServerLimitsTest {
    static final double TIMEOUT = 2;
    static final String CROSS_JOIN = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    static KgServer server;

    @BeforeAll
    static void start() {
        server = KgServer.builder().dataset(SeedStore.get().datasetGraph()).port(0).timeoutSeconds(TIMEOUT)
                .maxRequestBytes(64 * 1024).extensions(false).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return HttpClient.newHttpClient().send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A query that parses and runs at once, padded to {@code bytes} with a comment. */
    static String padded(int bytes) {
        return "#" + "x".repeat(bytes) + "\nASK {}";
    }

    @Test
    void anOverLargeQueryIsRefusedWith413BeforeItIsRead() throws Exception {
        String huge = padded(5 * 1024 * 1024);
        long t0 = System.nanoTime();
        // the headers alone declare 5 MB: the refusal must come before any of the body is sent (a client that keeps
        // sending would race the server closing a connection whose body it will not read)
        URI u = URI.create(server.sparqlUrl());
        String status;
        String answer;
        try (java.net.Socket sock = new java.net.Socket(u.getHost(), u.getPort())) {
            sock.setSoTimeout(10_000);
            sock.getOutputStream().write(("POST " + u.getPath() + " HTTP/1.1\r\nHost: " + u.getHost() + ":" + u.getPort()
                    + "\r\nContent-Type: application/sparql-query\r\nContent-Length: " + huge.length()
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            sock.getOutputStream().flush();
            StringBuilder got = new StringBuilder();
            byte[] buf = new byte[4096];
            try {
                for (int n; !got.toString().contains("bytes") && (n = sock.getInputStream().read(buf)) > 0; ) {
                    got.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                }
            } catch (java.net.SocketTimeoutException e) {
                // whatever came within the timeout is the answer
            }
            answer = got.toString();
            status = answer.lines().findFirst().orElse("");
        }
        assertThat(status).startsWith("HTTP/1.1 413");
        assertThat(answer).contains("limit of 65536 bytes");
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10);

        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(padded(200_000), StandardCharsets.UTF_8))));
        assertThat(form.statusCode()).isEqualTo(413);

        HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode(padded(100_000), StandardCharsets.UTF_8))));
        assertThat(get.statusCode()).isEqualTo(413);

        // a streamed body declares no length: it is counted as it is read
        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(padded(200_000).getBytes(StandardCharsets.UTF_8)))));
        assertThat(chunked.statusCode()).isEqualTo(413);

        // under the limit all is as before
        HttpResponse<String> ok = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(padded(30_000))));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("true");
    }

    @Test
    void aRequestCannotExtendItsTimeAndACheapQueryRunsMeanwhile() throws Exception {
        // "timeout=initial,overall": Fuseki capped only the overall part and armed it at the first row, which a
        // COUNT over a cross join never reaches; the server's limit must hold whatever the request asks
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                URI.create(server.sparqlUrl() + "?timeout=100000,100000&query=" + URLEncoder.encode(CROSS_JOIN, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds((long) (3 * TIMEOUT))).build(), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        HttpResponse<String> cheap = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode("ASK { ?s a ?t }", StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json"));
        assertThat(cheap.statusCode()).isEqualTo(200);
        assertThat(cheap.body()).contains("true");

        HttpResponse<String> r = slow.get(30, TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat((System.nanoTime() - t0) / 1e9).isLessThan(3 * TIMEOUT);
    }

    @Test
    void aRequestMayShortenItsTime() throws Exception {
        try (KgServer patient = KgServer.builder().dataset(SeedStore.get().datasetGraph()).port(0).timeoutSeconds(60)
                .extensions(false).build().start()) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(patient.sparqlUrl() + "?timeout=1&query="
                    + URLEncoder.encode(CROSS_JOIN, StandardCharsets.UTF_8))));
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10);
        }
    }

    @Test
    void timeoutsOfTwoServersOverOneDatasetAreTheirOwn() throws Exception {
        // the limit used to live on the dataset's context, so the last server built set it for all of them
        try (KgServer patient = KgServer.builder().dataset(SeedStore.get().datasetGraph()).port(0).timeoutSeconds(600)
                .extensions(false).build().start()) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                    + URLEncoder.encode(CROSS_JOIN, StandardCharsets.UTF_8))));
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat((System.nanoTime() - t0) / 1e9).isLessThan(3 * TIMEOUT);
            assertThat(patient.port()).isPositive();
        }
    }
}
