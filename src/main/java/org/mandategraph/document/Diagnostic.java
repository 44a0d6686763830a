package org.mandategraph.document;

/** A problem noticed while reading messy input; reading goes on, the user is told (jsoup's lenient-parse style). */
public record Diagnostic(Severity severity, String file, Span span, String message) {
    public enum Severity { INFO, WARNING, ERROR }

    @Override
    public String toString() {
        return file + (span == null ? "" : ":" + span.start()) + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
