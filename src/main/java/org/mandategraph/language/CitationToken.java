package org.mandategraph.language;

import java.util.List;
import org.mandategraph.document.Span;
import org.mandategraph.lexicon.Gazetteer;

/**
 * What a language's {@link CitationFinder} reads out of a text: citation-relevant pieces, parsed into what they say
 * but not yet resolved, each with its span into the text it was found in. Short forms (the convention, the
 * Commission, "its") come out as anaphor tokens for the language-neutral resolver to settle against the
 * document's context, as eyecite separates {@code find} from {@code resolve}.
 */
public sealed interface CitationToken permits CitationToken.InstrumentName, CitationToken.InstrumentAnaphor,
        CitationToken.BodyName, CitationToken.BodyAnaphor, CitationToken.SelfAnaphor, CitationToken.ResolutionRef,
        CitationToken.ProvisionRef, CitationToken.SymbolRef, CitationToken.TreatySeriesRef {
    Span span();

    /** An instrument named in full or by a listed variant; the span includes its 《》 when printed. */
    record InstrumentName(Gazetteer.Entry entry, Span span) implements CitationToken {
    }

    /**
     * {@code 《公约》}, {@code 该公约}, {@code 《议定书》}: the instrument of that kind in context. {@code kind} is the
     * mg:kind the short title names ({@code convention}, {@code protocol}, {@code declaration}, {@code plan}).
     */
    record InstrumentAnaphor(String kind, String title, Span span) implements CitationToken {
    }

    /** A body that can adopt resolutions or decisions. */
    record BodyName(Gazetteer.Entry entry, Span span) implements CitationToken {
    }

    /** A generic body head ({@code 委员会}, {@code 缔约方会议}) standing for the body of that kind named in context. */
    record BodyAnaphor(String head, Span span) implements CitationToken {
    }

    /** {@code 其} before a resolution number: the body that speaks, normally the adopting body itself. */
    record SelfAnaphor(Span span) implements CitationToken {
    }

    /**
     * One resolution or decision number. {@code bodyCode} is set only when the reference itself says which
     * body (a symbol such as {@code A/RES/66/177}); otherwise the resolver finds it from context.
     */
    record ResolutionRef(String number, boolean decision, String bodyCode, Span span) implements CitationToken {
    }

    /** How a provision reference is tied to its instrument. */
    enum Attachment { DIRECT, ANAPHOR, BARE }

    /**
     * A group of provisions ({@code 第24条第4款和第25条}) as paths of unit/value pairs ({@code [art, 24, para, 4]}).
     * {@code anchor} is the token the group follows directly (for {@link Attachment#DIRECT}).
     */
    record ProvisionRef(List<List<String>> paths, List<String> labels, Attachment attachment, CitationToken anchor,
                               Span span) implements CitationToken {
    }

    /** A UN document symbol, normalised. */
    record SymbolRef(String symbol, Span span) implements CitationToken {
    }

    /** One volume of a United Nations Treaty Series reference ({@code 第 2225 卷，第 39574 号}). */
    record TreatySeriesRef(String volume, String number, Span span) implements CitationToken {
    }
}
