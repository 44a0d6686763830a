package org.mandategraph.read;

import java.util.List;

/** An input format value object, as RDF4J's {@code RDFFormat}: a name and the file extensions it claims. */
public record DocumentFormat(String name, List<String> extensions) {
    public static final DocumentFormat TEXT = new DocumentFormat("text", List.of("txt"));
    public static final DocumentFormat MARKDOWN = new DocumentFormat("markdown", List.of("md", "markdown"));

    public boolean matches(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return extensions.stream().anyMatch(e -> lower.endsWith("." + e));
    }
}
