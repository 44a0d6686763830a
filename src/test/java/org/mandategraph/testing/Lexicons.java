package org.mandategraph.testing;

import org.mandategraph.annotate.HeaderAnnotator;
import org.mandategraph.document.UnDocument;
import org.mandategraph.language.Language;
import org.mandategraph.language.Languages;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.lexicon.TopicLexicon;
import org.mandategraph.lexicon.VerbLexicon;

/** The shipped lexicons of Chinese, the language of the seeds and of most test documents. */
public final class Lexicons {
    private Lexicons() {
    }

    public static Language chinese() {
        return Languages.forTag("zh").orElseThrow();
    }

    public static Gazetteer gazetteer() {
        return Gazetteer.of(chinese().matchRules());
    }

    public static VerbLexicon verbs() {
        return VerbLexicon.of(chinese().matchRules());
    }

    public static TopicLexicon topics() {
        return TopicLexicon.of(chinese().matchRules());
    }

    /** A segmented Chinese document with its header resolved, as the pipeline's first annotator resolves it. */
    public static UnDocument resolved(UnDocument d) {
        return d.withHeader(new HeaderAnnotator(gazetteer()).resolve(d.printed(), chinese().documentGrammar(),
                d.source().text()));
    }
}
