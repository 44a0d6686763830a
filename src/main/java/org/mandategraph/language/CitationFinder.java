package org.mandategraph.language;

import java.util.List;

/**
 * The find-and-parse stages of citation reading for one language (eyecite's {@code find.py}): one text in, its
 * {@link CitationToken}s out in reading order. An implementation must be thread-safe, must not resolve short
 * forms (the resolver does, with the document's context) and must never throw on odd text.
 */
public interface CitationFinder {
    List<CitationToken> tokens(String text);

    /**
     * The {@link CitationToken.InstrumentName}s and {@link CitationToken.BodyName}s of {@link #tokens}, in the same
     * order: what the resolver reads ahead of a text it resolves in parts (a paragraph beside its sub-paragraphs).
     * A finder that finds names before the rest of its grammar gives them without finding the rest.
     */
    default List<CitationToken> names(String text) {
        return tokens(text).stream()
                .filter(t -> t instanceof CitationToken.InstrumentName || t instanceof CitationToken.BodyName).toList();
    }
}
