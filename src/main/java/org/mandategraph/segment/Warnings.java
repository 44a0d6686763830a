package org.mandategraph.segment;

import java.util.List;
import org.mandategraph.document.Diagnostic;
import org.mandategraph.document.Span;

/**
 * Where the segmenter's stages report what they noticed and how they read it (jsoup's parse-error list): one
 * document's file name and its list of diagnostics, handed from stage to stage.
 */
record Warnings(String fileName, List<Diagnostic> list) {
    void warn(Span span, String message) {
        list.add(new Diagnostic(Diagnostic.Severity.WARNING, fileName, span, message));
    }
}
