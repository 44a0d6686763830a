package org.mandategraph.language;

/**
 * The grammar of one language: how names are matched in its text, how its numbers, dates and citations are
 * written, how its documents' headers and paragraphs are printed. Everything outside a language module is
 * language-neutral and asks the document's {@code Language} (chosen by {@link Languages#detect}) instead of
 * assuming one, the way CoreNLP keeps one set of properties per language.
 *
 * <p>An implementation must be stateless and thread-safe, and is found through {@link java.util.ServiceLoader}
 * so that adding a language touches no caller.
 */
public interface Language {
    /** The BCP 47 tag of the language, used on every literal its documents produce ({@code zh}, {@code en}). */
    String tag();

    /**
     * How much of {@code sample} looks like this language, from 0 (none) to 1 (all): the share of its letters that
     * belong to the language's script. {@link Languages#detect} picks the highest.
     */
    double score(CharSequence sample);

    /**
     * The form of a name or of a stretch of text that matching compares, with the same length as the input so
     * offsets carry over: Chinese ignores spaces inside names ({@code 1988 年} is {@code 1988年}), English folds case.
     * Implementations map characters one to one; characters to be ignored are reported by {@link #ignorable}.
     */
    char fold(char c);

    /** Characters matching skips inside a name (spaces in Chinese text); none in English. */
    boolean ignorable(char c);

    /** Whether a name must start and end at a word boundary to count (English), or may sit anywhere (Chinese). */
    boolean wordBoundaries();

    /** How documents in this language print their header, paragraphs and footnotes. */
    DocumentGrammar documentGrammar();
}
