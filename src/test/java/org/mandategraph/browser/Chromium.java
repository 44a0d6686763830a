package org.mandategraph.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol with nothing but {@code java.net.http.WebSocket}:
 * navigate, evaluate JavaScript, click at a point, take screenshots.
 */
final class Chromium implements AutoCloseable {
    static final Path BINARY = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    static Chromium start() throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("mg-chromium");
        Process p = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1", "--window-size=1400,900",
                "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream()));
        String browserWs = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (String line; System.nanoTime() < deadline && (line = err.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                browserWs = m.group(1);
                break;
            }
        }
        if (browserWs == null) {
            p.destroyForcibly();
            throw new IOException("chromium did not report a DevTools endpoint");
        }
        Thread drain = new Thread(() -> {
            try {
                while (err.readLine() != null) {
                    // keep the pipe empty so Chromium never blocks on stderr
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        URI ws = URI.create(browserWs);
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://" + ws.getAuthority() + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String pageWs = null;
        for (JsonNode t : JSON.readTree(list)) {
            if (t.path("type").asText().equals("page")) {
                pageWs = t.path("webSocketDebuggerUrl").asText();
                break;
            }
        }
        if (pageWs == null) {
            p.destroyForcibly();
            throw new IOException("no page target in " + list);
        }
        Chromium[] self = new Chromium[1];
        StringBuilder frame = new StringBuilder();
        WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                .buildAsync(URI.create(pageWs), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                        frame.append(data);
                        if (last) {
                            String msg = frame.toString();
                            frame.setLength(0);
                            self[0].dispatch(msg);
                        }
                        w.request(1);
                        return null;
                    }
                }).join();
        self[0] = new Chromium(p, profile, socket);
        self[0].send("Page.enable", JSON.createObjectNode());
        self[0].send("Runtime.enable", JSON.createObjectNode());
        return self[0];
    }

    private void dispatch(String msg) {
        try {
            JsonNode n = JSON.readTree(msg);
            if (n.has("id")) {
                CompletableFuture<JsonNode> f = pending.remove(n.get("id").asInt());
                if (f != null) {
                    f.complete(n);
                }
            }
        } catch (IOException e) {
            // an unparsable event is of no interest
        }
    }

    JsonNode send(String method, ObjectNode params) {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params);
        socket.sendText(msg.toString(), true).join();
        JsonNode r = f.orTimeout(60, TimeUnit.SECONDS).join();
        if (r.has("error")) {
            throw new IllegalStateException(method + ": " + r.get("error"));
        }
        return r.get("result");
    }

    void navigate(String url) throws InterruptedException {
        send("Page.navigate", JSON.createObjectNode().put("url", url));
        waitFor("document.readyState === 'complete' && location.href === " + JSON.valueToTree(url), 20);
    }

    /** Evaluates an expression (awaiting a promise) and returns its JSON value. */
    JsonNode eval(String expression) {
        JsonNode r = send("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("JavaScript failed: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Polls until the expression is truthy; fails with the expression after the timeout. */
    void waitFor(String expression, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            JsonNode v;
            try {
                v = eval("!!(" + expression + ")");
            } catch (IllegalStateException e) {
                v = null;
            }
            if (v != null && v.asBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + expression);
    }

    /** A real mouse click at page coordinates (what a user's click sends to the page). */
    void click(double x, double y) {
        for (String type : new String[] {"mouseMoved", "mousePressed", "mouseReleased"}) {
            ObjectNode p = JSON.createObjectNode().put("type", type).put("x", x).put("y", y);
            if (!type.equals("mouseMoved")) {
                p.put("button", "left").put("clickCount", 1);
            }
            send("Input.dispatchMouseEvent", p);
        }
    }

    void screenshot(Path file) throws IOException {
        JsonNode r = send("Page.captureScreenshot", JSON.createObjectNode().put("format", "png")
                .put("captureBeyondViewport", true));
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(r.get("data").asText()));
    }

    @Override
    public void close() throws IOException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).join();
        } catch (RuntimeException ignored) {
            // closing anyway
        }
        // Chromium's helper processes (zygote, renderers, network service) outlive the browser process for a moment
        // and keep writing into the profile; stop them too before removing it
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        helpers.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle h : helpers) {
                h.onExit().completeOnTimeout(h, 5, TimeUnit.SECONDS).join();
                h.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteProfile();
    }

    /** Removes the profile folder; a file a helper removed meanwhile is not an error (one more pass gets the rest). */
    private void deleteProfile() throws IOException {
        for (int pass = 0; pass < 3 && Files.exists(profile); pass++) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
                // a file vanished during the walk: walk again
            }
        }
    }
}
