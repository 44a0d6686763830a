package org.mandategraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Times one HTTP request over rounds, the way both {@code bench run} and {@code bench queries} measure the server: one
 * warm-up (its time kept apart), then timed rounds until {@code rounds} or the budget is spent, at least one timed
 * round; the first answer that is not 200 (or no answer) ends the rounds, its time counted.
 */
final class HttpRounds {
    /** One request, sent again each round. */
    interface Request {
        HttpResponse<byte[]> send() throws IOException, InterruptedException;
    }

    /**
     * @param first    the warm-up's time in ms (-1 when it failed)
     * @param sorted   the timed rounds in ms, ascending
     * @param code     the status that ended the rounds: 200 when none did, -1 when no answer came
     * @param failedMs how long that failing request took
     */
    record Result(double first, double[] sorted, int code, double failedMs) {
        double p50() {
            return RunCommand.pct(sorted, 0.5);
        }

        double p99() {
            return RunCommand.pct(sorted, 0.99);
        }

        double max() {
            return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
        }

        int rounds() {
            return sorted.length;
        }
    }

    private HttpRounds() {
    }

    static Result run(Request r, int rounds, double budgetSeconds) throws InterruptedException {
        List<Double> ms = new ArrayList<>();
        double first = -1;
        long start = System.nanoTime();
        for (int i = 0; i <= rounds; i++) {
            long t = System.nanoTime();
            int code;
            try {
                code = r.send().statusCode();
            } catch (IOException e) {
                code = -1;
            }
            double took = (System.nanoTime() - t) / 1e6;
            if (code != 200) {
                ms.add(took);
                return new Result(first, sorted(ms), code, took);
            }
            if (i == 0) {
                first = took;
            } else {
                ms.add(took);
            }
            if (i >= 1 && (System.nanoTime() - start) / 1e9 > budgetSeconds) {
                break;
            }
        }
        return new Result(first, sorted(ms), 200, 0);
    }

    /** A SPARQL query POSTed as a form, asking for JSON results (or N-Triples for a graph). */
    static HttpResponse<byte[]> post(HttpClient http, String endpoint, String query, int timeoutSeconds)
            throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(timeoutSeconds))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json, application/n-triples;q=0.9, */*;q=0.1")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static double[] sorted(List<Double> ms) {
        return ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }
}
