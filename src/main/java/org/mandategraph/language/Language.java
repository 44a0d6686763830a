package org.mandategraph.language;

import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.lexicon.MatchRules;

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

    /** How names are matched in this language's text (spaces, case, word boundaries). */
    MatchRules matchRules();

    /** A finder of citations in this language's text, naming bodies and instruments through {@code gazetteer}. */
    CitationFinder citationFinder(Gazetteer gazetteer);

    /** How directives, their addressees and reporting requests are strung together in this language. */
    ClauseGrammar clauses();

    /** What resolving short forms ({@code 该办公室}, "the Office") needs of this language. */
    AnaphoraGrammar anaphora();

    /** How references are tied to their context in this language. */
    ReferenceGrammar references();

    /** A whole number as the language prints it, in digits or in words ({@code 二十二}, {@code 22}); 0 when it is none. */
    int number(String printed);

    /** How documents in this language print their header, paragraphs and footnotes. */
    DocumentGrammar documentGrammar();
}
