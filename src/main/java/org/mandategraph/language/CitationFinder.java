package org.mandategraph.language;

import java.util.List;

/**
 * The find-and-parse stages of citation reading for one language (eyecite's {@code find.py}): one text in, its
 * {@link CitationToken}s out in reading order. An implementation must be thread-safe, must not resolve short
 * forms (the resolver does, with the document's context) and must never throw on odd text.
 */
public interface CitationFinder {
    List<CitationToken> tokens(String text);
}
