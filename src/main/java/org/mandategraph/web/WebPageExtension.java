package org.mandategraph.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.mandategraph.export.GraphProjection;
import org.mandategraph.export.GraphWriters;
import org.mandategraph.export.Network;
import org.mandategraph.store.ServerExtension;

/**
 * The web page at {@code /}: static files from {@code org/mandategraph/web/}, Cytoscape.js from its WebJar, the
 * graph projection as Cytoscape.js JSON at {@code /graph.json?network=…}, the canned questions of
 * {@code queries/} at {@code /queries.json}, and {@code /config.json} telling the page whether a text index exists.
 * The page itself queries {@code /kg/sparql}.
 */
public final class WebPageExtension implements ServerExtension {
    static final String WEB = "/org/mandategraph/web/";
    static final String QUERIES = "org/mandategraph/queries/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void register(FusekiServer.Builder builder, DatasetGraph dataset) {
        builder.addServlet("", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                Responses.resource(resp, WEB, "index.html");
            }
        });
        builder.addServlet("/web/*", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                String p = req.getPathInfo();
                if (p == null || !Responses.resource(resp, WEB, p.substring(1))) {
                    Responses.notFound(resp, req.getRequestURI());
                }
            }
        });
        builder.addServlet("/webjars/*", new WebJarServlet());
        builder.addServlet("/graph.json", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                Network net;
                try {
                    net = Network.parse(req.getParameter("network"));
                } catch (IllegalArgumentException e) {
                    Responses.text(resp, 400, "text/plain", "network must be all, mandates or citations\n");
                    return;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                GraphWriters.writer("cyjs").orElseThrow().write(GraphProjection.of(dataset, net), out);
                Responses.send(resp, 200, "application/json", out.toByteArray());
            }
        });
        builder.addServlet("/queries.json", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                Responses.send(resp, 200, "application/json", JSON.writeValueAsBytes(queries()));
            }
        });
        builder.addServlet("/config.json", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                ObjectNode o = JSON.createObjectNode();
                o.put("sparql", "/kg/sparql");
                o.put("textIndex", hasTextIndex(dataset));
                Responses.send(resp, 200, "application/json", JSON.writeValueAsBytes(o));
            }
        });
    }

    /** True when the served dataset is a jena-text dataset, so {@code text:query} works. */
    static boolean hasTextIndex(DatasetGraph dsg) {
        for (DatasetGraph d = dsg; d != null; ) {
            if (d.getClass().getName().equals("org.apache.jena.query.text.DatasetGraphText")) {
                return true;
            }
            d = d instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w ? w.getWrapped() : null;
        }
        return false;
    }

    /** The canned questions on the class path: name, title (the first comment line) and the query text. */
    static ArrayNode queries() throws IOException {
        TreeMap<String, String> found = new TreeMap<>();
        for (URL url : Collections.list(WebPageExtension.class.getClassLoader().getResources(QUERIES))) {
            if (url.getProtocol().equals("jar")) {
                var jar = ((JarURLConnection) url.openConnection()).getJarFile();
                jar.stream().filter(e -> e.getName().startsWith(QUERIES) && e.getName().endsWith(".rq"))
                        .forEach(e -> {
                            try (InputStream in = jar.getInputStream(e)) {
                                found.putIfAbsent(e.getName().substring(QUERIES.length()),
                                        new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            } catch (IOException ex) {
                                throw new java.io.UncheckedIOException(ex);
                            }
                        });
            } else if (url.getProtocol().equals("file")) {
                try (Stream<Path> s = Files.list(Path.of(url.toURI()))) {
                    for (Path p : s.filter(p -> p.toString().endsWith(".rq")).toList()) {
                        found.putIfAbsent(p.getFileName().toString(), Files.readString(p));
                    }
                } catch (URISyntaxException e) {
                    throw new IOException(e);
                }
            }
        }
        ArrayNode list = JSON.createArrayNode();
        found.forEach((file, text) -> {
            ObjectNode q = list.addObject();
            q.put("name", file.replaceFirst("\\.rq$", ""));
            q.put("title", text.lines().filter(l -> l.startsWith("#")).map(l -> l.replaceFirst("^#+\\s*", "").replaceFirst("^title:\\s*", ""))
                    .filter(l -> !l.isBlank()).findFirst().orElse(file));
            q.put("query", text);
        });
        return list;
    }

    /** WebJar files, with or without the version in the path (the version comes from the WebJar's pom.properties). */
    static final class WebJarServlet extends HttpServlet {
        private static final String BASE = "/META-INF/resources/webjars/";

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String p = req.getPathInfo();
            if (p == null || p.contains("..")) {
                Responses.notFound(resp, req.getRequestURI());
                return;
            }
            String[] parts = p.substring(1).split("/", 2);
            if (parts.length == 2 && (Responses.resource(resp, BASE, p.substring(1))
                    || Responses.resource(resp, BASE, parts[0] + "/" + version(parts[0]) + "/" + parts[1]))) {
                return;
            }
            Responses.notFound(resp, req.getRequestURI());
        }

        static String version(String artifact) throws IOException {
            for (String group : new String[] {"org.webjars.npm", "org.webjars"}) {
                try (InputStream in = WebJarServlet.class.getResourceAsStream(
                        "/META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
                    if (in != null) {
                        Properties props = new Properties();
                        props.load(in);
                        return props.getProperty("version");
                    }
                }
            }
            return "unknown";
        }
    }
}
