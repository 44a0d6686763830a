package org.mandategraph.store;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;

/**
 * The first filter of every request to the embedded server. It exists because Fuseki main, embedded, trusts the
 * network it is bound to: its CORS filter reflects any {@code Origin} with credentials, any {@code Host} is
 * answered, request bodies and query strings are read whole whatever their size, and SPARQL Update's {@code LOAD}
 * fetches any IRI, {@code file:} included. Here:
 * <ul>
 *   <li>the {@code Host} header must name this server (its bind address, {@code localhost} on loopback, or a
 *       configured name), else 421 — a page whose DNS name is rebound to 127.0.0.1 cannot talk to it;</li>
 *   <li>request bodies (declared or streamed) and query strings longer than the limit get 413 before being read;</li>
 *   <li>anything that is not a read (every method but GET, HEAD, OPTIONS, and POST of a query to the query
 *       endpoint) is accepted only from the same origin or a configured one; browsers say where a request comes
 *       from in {@code Origin} or {@code Sec-Fetch-Site}, tools say nothing and are trusted as local clients;</li>
 *   <li>{@code LOAD} in an update is refused unless allowed;</li>
 *   <li>CORS: reads answer {@code Access-Control-Allow-Origin: *}, never with credentials; writes only to
 *       configured origins;</li>
 *   <li>every response carries the usual security headers.</li>
 * </ul>
 */
public final class RequestGuard extends HttpFilter {
    /** Request attribute: {@link System#nanoTime()} when the request arrived, so a query's time limit counts from there. */
    public static final String ARRIVED = "org.mandategraph.arrived";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Policy policy;
    private final Consumer<HttpServletRequest> afterWrite;

    /**
     * What the guard lets through.
     *
     * @param bindHost the address the server listens on (decides which Host names are its own)
     * @param hosts further Host names accepted ({@code *} accepts any)
     * @param origins origins (scheme://host[:port]) allowed to send writes and to read with CORS
     * @param maxRequestBytes limit of a request body and of a query string
     * @param allowLoad whether SPARQL Update may {@code LOAD}
     * @param queryPath the SPARQL query endpoint, whose POSTs are reads
     */
    public record Policy(String bindHost, List<String> hosts, List<String> origins, long maxRequestBytes,
            boolean allowLoad, String queryPath) {
        public Policy {
            hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            origins = origins.stream().map(RequestGuard::normalOrigin).toList();
        }
    }

    /** @param afterWrite told after every write request has been answered (to invalidate what was cached) */
    public RequestGuard(Policy policy, Consumer<HttpServletRequest> afterWrite) {
        this.policy = policy;
        this.afterWrite = afterWrite;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        req.setAttribute(ARRIVED, System.nanoTime());
        securityHeaders(resp);

        String host = req.getHeader("Host");
        if (!hostAllowed(host, req.getLocalPort())) {
            refuse(resp, 421, "Host '" + host + "' is not a name of this server; start serve with --allow-host NAME to accept it");
            return;
        }
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        String origin = req.getHeader("Origin");
        boolean sameOrigin = origin != null && normalOrigin(origin).equals(normalOrigin(req.getScheme() + "://" + host));
        boolean listed = origin != null && policy.origins().contains(normalOrigin(origin));
        String path = req.getRequestURI();

        if (method.equals("OPTIONS") && origin != null && req.getHeader("Access-Control-Request-Method") != null) {
            preflight(req, resp, origin, listed, path);
            return;
        }
        boolean write = !SAFE.contains(method) && !(method.equals("POST") && path.equals(policy.queryPath()));
        if (write && !sameOrigin && !listed && crossSite(req, origin)) {
            refuse(resp, 403, "cross-origin write refused: " + (origin != null ? "Origin " + origin : "Sec-Fetch-Site "
                    + req.getHeader("Sec-Fetch-Site")) + " is not this server; start serve with --allow-origin ORIGIN to allow it");
            return;
        }
        if (origin != null && !sameOrigin) {
            resp.setHeader("Access-Control-Allow-Origin", listed ? origin : "*");
            resp.addHeader("Vary", "Origin");
        }

        String qs = req.getQueryString();
        if (qs != null && qs.length() > policy.maxRequestBytes()) {
            tooLarge(resp, "query string of " + qs.length() + " bytes");
            return;
        }
        long declared = req.getContentLengthLong();
        if (declared > policy.maxRequestBytes()) {
            tooLarge(resp, "request body of " + declared + " bytes");
            return;
        }
        HttpServletRequest forward = req;
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
        boolean form = type.startsWith("application/x-www-form-urlencoded");
        if (!SAFE.contains(method) && !form && (declared < 0 || type.startsWith("application/sparql-update"))) {
            // a streamed body has no declared length: read it here, up to the limit, so the limit holds for it too
            byte[] body = readAtMost(req.getInputStream(), policy.maxRequestBytes());
            if (body == null) {
                tooLarge(resp, "request body");
                return;
            }
            forward = new BufferedBody(req, body);
        }
        if (!policy.allowLoad() && !SAFE.contains(method) && loads(forward, type, form)) {
            refuse(resp, 403, "LOAD is disabled on this server (it would read files or fetch from the network); "
                    + "start serve with --allow-load to allow it");
            return;
        }
        try {
            chain.doFilter(forward, resp);
        } finally {
            if (write) {
                afterWrite.accept(req);
            }
        }
    }

    /** An update whose text (body or {@code update=} form field) holds a {@code LOAD}; unparsable text is Fuseki's to reject. */
    private static boolean loads(HttpServletRequest req, String type, boolean form) throws IOException {
        String text;
        if (type.startsWith("application/sparql-update")) {
            text = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ((BufferedBody) req).rewind();
        } else if (form || type.isEmpty()) {
            text = req.getParameter("update");
        } else {
            return false;
        }
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            UpdateRequest u = UpdateFactory.create(text);
            return u.getOperations().stream().anyMatch(op -> op instanceof UpdateLoad);
        } catch (QueryParseException e) {
            return false;
        }
    }

    private void preflight(HttpServletRequest req, HttpServletResponse resp, String origin, boolean listed, String path)
            throws IOException {
        String wanted = req.getHeader("Access-Control-Request-Method").toUpperCase(Locale.ROOT);
        boolean read = SAFE.contains(wanted) || (wanted.equals("POST") && path.equals(policy.queryPath()));
        if (!read && !listed) {
            refuse(resp, 403, "cross-origin " + wanted + " refused for Origin " + origin);
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", listed ? origin : "*");
        resp.addHeader("Vary", "Origin");
        resp.setHeader("Access-Control-Allow-Methods", listed ? "GET, HEAD, POST, PUT, DELETE, OPTIONS" : "GET, HEAD, POST, OPTIONS");
        resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, X-Requested-With");
        resp.setHeader("Access-Control-Max-Age", "600");
        resp.setStatus(204);
    }

    /** A browser's request from another site: a foreign Origin, or Sec-Fetch-Site saying so; none of both is a tool. */
    private static boolean crossSite(HttpServletRequest req, String origin) {
        if (origin != null) {
            return true;
        }
        String site = req.getHeader("Sec-Fetch-Site");
        return site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none");
    }

    boolean hostAllowed(String hostHeader, int localPort) {
        if (policy.hosts().contains("*")) {
            return true;
        }
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        String name;
        int port;
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            if (end < 0) {
                return false;
            }
            name = h.substring(1, end);
            port = portOf(h.substring(end + 1), 80);
        } else {
            int colon = h.lastIndexOf(':');
            name = colon < 0 ? h : h.substring(0, colon);
            port = colon < 0 ? 80 : portOf(h.substring(colon), -1);
        }
        if (port != localPort) {
            return false;
        }
        if (policy.hosts().contains(name)) {
            return true;
        }
        String bind = policy.bindHost().toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
        if (name.equals(bind)) {
            return true;
        }
        if (isLoopback(bind)) {
            return name.equals("localhost") || isLoopback(name);
        }
        if (bind.equals("0.0.0.0") || bind.equals("::") || bind.isEmpty()) {
            // listening everywhere: any address of the machine, but no DNS name unless configured
            return name.equals("localhost") || isIpLiteral(name);
        }
        return false;
    }

    private static int portOf(String colonPort, int none) {
        if (colonPort.isEmpty()) {
            return 80;
        }
        if (!colonPort.startsWith(":")) {
            return none;
        }
        try {
            return Integer.parseInt(colonPort.substring(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isIpLiteral(String name) {
        return name.matches("[0-9.]+") || name.contains(":");
    }

    private static boolean isLoopback(String name) {
        if (name.equals("localhost")) {
            return true;
        }
        if (!isIpLiteral(name)) {
            return false;
        }
        try {
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    static String normalOrigin(String origin) {
        String o = origin.strip().toLowerCase(Locale.ROOT);
        while (o.endsWith("/")) {
            o = o.substring(0, o.length() - 1);
        }
        return o.endsWith(":80") && o.startsWith("http://") ? o.substring(0, o.length() - 3) : o;
    }

    static void securityHeaders(HttpServletResponse resp) {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Content-Security-Policy", CSP);
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private void tooLarge(HttpServletResponse resp, String what) throws IOException {
        // the body is not read: close the connection rather than drain it
        resp.setHeader("Connection", "close");
        refuse(resp, 413, what + " is over this server's limit of " + policy.maxRequestBytes()
                + " bytes (serve --max-request BYTES)");
    }

    /** Up to {@code max} bytes of the stream, or null when there are more. */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** A request whose body has been read already, offered again to whoever reads it next. */
    static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;
        private ByteArrayInputStream in;

        BufferedBody(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
            rewind();
        }

        void rewind() {
            in = new ByteArrayInputStream(body);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public BufferedReader getReader() {
            String cs = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(in, cs == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(cs)));
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream src = in;
            return new ServletInputStream() {
                @Override
                public int read() {
                    return src.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return src.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return src.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("blocking reads only");
                }
            };
        }
    }
}
