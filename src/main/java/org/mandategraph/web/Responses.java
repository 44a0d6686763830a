package org.mandategraph.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.mandategraph.export.RdfExport;

/** Small helpers to answer with RDF (through the same Rio writers as {@code export}), HTML, JSON or a class-path file. */
final class Responses {
    static final Map<String, String> TYPES = Map.of("html", "text/html", "js", "text/javascript", "css", "text/css",
            "json", "application/json", "jsonld", "application/ld+json", "svg", "image/svg+xml", "png", "image/png",
            "rq", "application/sparql-query", "mjs", "text/javascript", "map", "application/json");
    /** {@code ?format=} names a client may use instead of an Accept header. */
    static final Map<String, String> FORMAT_PARAM = Map.of("ttl", "text/turtle", "jsonld", "application/ld+json",
            "rdfxml", "application/rdf+xml", "nt", "application/n-triples", "html", "text/html");

    private Responses() {
    }

    static byte[] rdf(Graph g, String mediaType) {
        RDFFormat f = Rio.getWriterFormatForMIMEType(mediaType).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfExport.write(DatasetGraphFactory.wrap(g), f, out);
        return out.toByteArray();
    }

    static void send(HttpServletResponse resp, int status, String contentType, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType.startsWith("image/") ? contentType : contentType + "; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    static void text(HttpServletResponse resp, int status, String contentType, String body) throws IOException {
        send(resp, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void notFound(HttpServletResponse resp, String what) throws IOException {
        text(resp, 404, "text/plain", "not found: " + what + "\n");
    }

    /** A file under a class-path folder; refuses paths that climb out of it. */
    static boolean resource(HttpServletResponse resp, String base, String path) throws IOException {
        if (path == null || path.contains("..") || path.contains("\\") || path.contains("//")) {
            return false;
        }
        String ext = path.substring(path.lastIndexOf('.') + 1);
        try (InputStream in = Responses.class.getResourceAsStream(base + path)) {
            if (in == null || path.endsWith("/")) {
                return false;
            }
            resp.setHeader("Cache-Control", "max-age=300");
            send(resp, 200, TYPES.getOrDefault(ext, "application/octet-stream"), in.readAllBytes());
            return true;
        }
    }
}
