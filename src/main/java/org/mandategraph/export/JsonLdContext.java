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
 * The published JSON-LD context of MandateGraph: terms named after the ontology's local names, language maps for
 * texts and labels, IRI-typed links. Exports reference it by URL so the JSON reads as plain JSON; the server
 * publishes the same file at {@code /context.jsonld}.
 */
public final class JsonLdContext {
    /** The stable URL every JSON-LD export names as its {@code @context}. */
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

    /**
     * A document loader that answers the context URL from the class path (offline, no network) and passes
     * every other IRI to the default loader; readers of our JSON-LD use it to avoid fetching the context.
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

    /** Compacts expanded JSON-LD against the context and writes it with the context referenced by URL. */
    public static void compact(byte[] expanded, OutputStream out) {
        try {
            JsonDocument input = JsonDocument.of(new ByteArrayInputStream(expanded));
            JsonObject compacted = JsonLd.compact(input, document()).get();
            JsonObject result = Json.createObjectBuilder(compacted).add("@context", URL).build();
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
