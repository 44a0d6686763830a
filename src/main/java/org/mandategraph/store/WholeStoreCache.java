package org.mandategraph.store;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Answers the endpoints that read the whole store — the VoID description, the graph projection for the web page,
 * Graph Store reads — from a cache kept per {@link DataVersion}: each of them scans everything outside any query
 * time limit, and they were computed again for every request. A response is built once per version and key
 * (concurrent requests for the same key wait for the one being built), kept while it fits, and one larger than
 * the limit is not sent at all: 413, naming the way to get that much data ({@code export}, or SPARQL).
 */
final class WholeStoreCache extends HttpFilter {
    /** Bytes all cached responses may take together. */
    static final long BUDGET = 160L * 1024 * 1024;

    private final LongSupplier version;
    private final long maxBytes;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<String, Object> building = new ConcurrentHashMap<>();
    private long cachedVersion = Long.MIN_VALUE;
    private long cachedBytes;

    /** A response as sent: status, headers that matter to clients, body; or a refusal for being too large. */
    record Entry(int status, String contentType, Map<String, String> headers, byte[] body) {
    }

    /** @param maxBytes the largest response built and sent whole */
    WholeStoreCache(LongSupplier version, long maxBytes) {
        this.version = version;
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        if (!req.getMethod().equals("GET")) {
            chain.doFilter(req, resp);
            return;
        }
        String key = req.getRequestURI() + "?" + req.getQueryString() + "|" + req.getHeader("Accept") + "|" + req.getHeader("Host");
        Entry e = lookup(key);
        if (e == null) {
            Object lock = building.computeIfAbsent(key, k -> new Object());
            synchronized (lock) {
                e = lookup(key);
                if (e == null) {
                    long v = version.getAsLong();
                    e = build(req, resp, chain);
                    if (e == null) {
                        return; // answered directly: not cacheable
                    }
                    store(key, e, v);
                }
            }
            building.remove(key, lock);
        }
        send(resp, e);
    }

    private Entry build(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        Capture c = new Capture(resp, maxBytes);
        try {
            chain.doFilter(req, c);
            c.flushWriter();
        } catch (TooLarge tl) {
            return tooLarge(req);
        }
        if (c.overflow) {
            return tooLarge(req);
        }
        Entry e = new Entry(c.status, c.getContentType(), c.headers, c.body.toByteArray());
        return e.status() == 200 ? e : passOn(resp, e);
    }

    /** Sends what was built and returns null: error responses are not kept. */
    private static Entry passOn(HttpServletResponse resp, Entry e) throws IOException {
        send(resp, e);
        return null;
    }

    private Entry tooLarge(HttpServletRequest req) {
        String msg = req.getRequestURI() + " would answer more than " + maxBytes + " bytes; ask for less with SPARQL at "
                + KgServer.DATASET + "/sparql (LIMIT, one graph), or run 'mandategraph export' on the store\n";
        return new Entry(413, "text/plain; charset=utf-8", Map.of(), msg.getBytes(StandardCharsets.UTF_8));
    }

    private synchronized Entry lookup(String key) {
        long v = version.getAsLong();
        if (v != cachedVersion) {
            entries.clear();
            cachedBytes = 0;
            cachedVersion = v;
        }
        return entries.get(key);
    }

    private synchronized void store(String key, Entry e, long builtAt) {
        if (builtAt != version.getAsLong() || builtAt != cachedVersion || e.body().length > BUDGET) {
            return; // the data changed while building: serve it once, keep nothing
        }
        Entry old = entries.put(key, e);
        cachedBytes += e.body().length - (old == null ? 0 : old.body().length);
        for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator(); cachedBytes > BUDGET && it.hasNext(); ) {
            Map.Entry<String, Entry> oldest = it.next();
            cachedBytes -= oldest.getValue().body().length;
            it.remove();
        }
    }

    private static void send(HttpServletResponse resp, Entry e) throws IOException {
        resp.setStatus(e.status());
        if (e.contentType() != null) {
            resp.setContentType(e.contentType());
        }
        e.headers().forEach(resp::setHeader);
        resp.setContentLength(e.body().length);
        resp.getOutputStream().write(e.body());
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("response over the limit", null);
        }
    }

    /** Keeps the response in memory, failing the writer once it passes the limit. */
    private static final class Capture extends HttpServletResponseWrapper {
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final Map<String, String> headers = new LinkedHashMap<>();
        final long max;
        int status = 200;
        boolean overflow;
        private String contentType;
        private PrintWriter writer;
        private final ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (body.size() + (long) len > max) {
                    overflow = true;
                    throw new TooLarge();
                }
                body.write(b, off, len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new IllegalStateException("blocking writes only");
            }
        };

        Capture(HttpServletResponse resp, long max) {
            super(resp);
            this.max = max;
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            contentType = "text/plain; charset=utf-8";
            body.reset();
            body.write(((msg == null ? "error " + sc : msg) + "\n").getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setContentType(String type) {
            contentType = type;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public void setCharacterEncoding(String charset) {
            if (contentType != null && !contentType.contains("charset")) {
                contentType = contentType + "; charset=" + charset;
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (name.equalsIgnoreCase("Content-Type")) {
                contentType = value;
            } else if (!name.equalsIgnoreCase("Content-Length")) {
                headers.put(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            headers.merge(name, value, (a, b) -> a + ", " + b);
        }

        @Override
        public void setContentLength(int len) {
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return out;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void reset() {
            body.reset();
            headers.clear();
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }
    }
}
