package org.mandategraph.document;

/** What kind of UN document was read; decides how its numbered paragraphs are interpreted. */
public enum DocumentType {
    RESOLUTION, DECISION, REPORT, OTHER
}
