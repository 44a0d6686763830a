package org.mandategraph.read;

/**
 * What a reader does with a text file whose bytes do not all decode. Damage is common in real corpora (a download
 * cut mid-character, a few bytes garbled in transit) and rarely touches the mandates, so by default the rest of the
 * text is read and the user is warned; an archive that must hold only clean copies refuses instead.
 */
public enum Decoding {
    /** Replace a few bad byte sequences with U+FFFD and warn where they are; refuse heavier damage. */
    REPAIR,
    /** Refuse any file with a byte that does not decode, naming where it is. */
    STRICT
}
