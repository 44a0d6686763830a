package org.mandategraph.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import com.apicatalog.jsonld.loader.SchemeRouter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The JSON-LD context of MandateGraph: terms named after the ontology's local names, language maps for texts and
 * labels, IRI-typed links. Every JSON-LD document we write ({@code extract}, {@code export}, {@code /id/…})
 * carries it inline, so it reads offline as plain JSON and as RDF with no document loading; the server also
 * publishes it at {@code /context.jsonld} for clients that want to reuse it.
 */
public final class JsonLdContext {
    /** Where the context is to be published (see docs/w3id.md); older exports named it as their {@code @context}. */
    public static final String URL = "https://w3id.org/mandategraph/context.jsonld";
    public static final String RESOURCE = "/org/mandategraph/web/context.jsonld";

    private JsonLdContext() {
    }

    public static byte[] bytes() {
        try (InputStream in = JsonLdContext.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonDocument document() {
        try {
            return JsonDocument.of(new ByteArrayInputStream(bytes()));
        } catch (JsonLdError e) {
            throw new IllegalStateException("invalid " + RESOURCE, e);
        }
    }

    /** The context object itself (the value of the file's {@code @context}). */
    public static JsonObject contextObject() {
        return document().getJsonContent().orElseThrow().asJsonObject().getJsonObject("@context");
    }

    /**
     * A document loader that answers the context URL from the class path (offline, no network) and passes
     * every other IRI to the default loader: for reading JSON-LD written before the context was inlined.
     */
    public static DocumentLoader loader() {
        DocumentLoader fallback = SchemeRouter.defaultInstance();
        return new DocumentLoader() {
            @Override
            public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
                if (URL.equals(url.toString())) {
                    JsonDocument d = document();
                    d.setDocumentUrl(url);
                    return d;
                }
                return fallback.loadDocument(url, options);
            }
        };
    }

    /** Compacts expanded JSON-LD against the context and writes it with the context inline. */
    public static void compact(byte[] expanded, OutputStream out) {
        try {
            JsonDocument input = JsonDocument.of(new ByteArrayInputStream(expanded));
            JsonObject compacted = JsonLd.compact(input, document()).get();
            var builder = Json.createObjectBuilder().add("@context", contextObject());
            compacted.forEach((k, v) -> {
                if (!k.equals("@context")) {
                    builder.add(k, v);
                }
            });
            JsonObject result = builder.build();
            java.io.StringWriter text = new java.io.StringWriter();
            try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
                writer.write(result);
            }
            out.write(text.toString().strip().concat("\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot compact JSON-LD: " + e.getMessage(), e);
        }
    }
}
