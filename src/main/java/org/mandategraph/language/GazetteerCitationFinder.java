package org.mandategraph.language;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandategraph.document.Span;
import org.mandategraph.language.CitationToken.SymbolRef;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.lexicon.Kinds;

/**
 * What every language's citation finder shares: names come from the gazetteer, kinds decide which bodies adopt
 * resolutions, and a symbol's corrigenda follow it in the same shape whatever the language around them. Each
 * language keeps its own grammar (how resolutions, provisions and anaphors are printed) in its subclass.
 */
public abstract class GazetteerCitationFinder implements CitationFinder {
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    protected final Gazetteer gazetteer;
    protected final Kinds kinds = Kinds.get();

    protected GazetteerCitationFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The corrigenda (addenda, revisions) printed right after a symbol ({@code A/66/89 and Corr.1 and 2},
     * {@code E/2012/30 和 Corr.1 和 2}), each a document of its own.
     *
     * @param afterSymbol the language's pattern: group 1 the kind ({@code Corr}, {@code Add}, {@code Rev}), group 2
     *                    the numbers
     */
    protected static void corrigenda(Pattern afterSymbol, String text, int from, String base, List<CitationToken> out) {
        Matcher c = afterSymbol.matcher(text).region(from, text.length());
        if (!c.lookingAt()) {
            return;
        }
        Matcher n = DIGITS.matcher(c.group(2));
        while (n.find()) {
            out.add(new SymbolRef(base + "/" + c.group(1) + "." + n.group(), new Span(c.start(1), c.end())));
        }
    }

    /** Whether {@code [start, end)} overlaps any of {@code spans}. */
    protected static boolean overlaps(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (start < s.end() && end > s.start()) {
                return true;
            }
        }
        return false;
    }
}
