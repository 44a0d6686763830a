package org.mandategraph.document;

import java.nio.charset.Charset;

/**
 * The decoded text of one input file. All source spans of a document point into {@link #text()}
 * (the decoded characters after any byte-order mark), so they survive re-reading.
 */
public record SourceText(String fileName, String text, Charset charset, String format) {
}
